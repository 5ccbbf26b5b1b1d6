import { figureChecks } from '../analysis/figure-checks';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'percent-mismatch',
    description: '百分比变化须与两个数字相符（由A到B增长X%；较A提高X%；提高X个百分点），按所写精度容许四舍五入',
    defaultSeverity: 'warn',
    fixable: false,
    options: {},
  },
  check(ctx) {
    for (const c of figureChecks(ctx.doc)) {
      if (c.kind !== 'percent' || c.ok) continue;
      ctx.report({ message: c.message, span: c.span, detail: c.detail, related: c.related });
    }
  },
});
