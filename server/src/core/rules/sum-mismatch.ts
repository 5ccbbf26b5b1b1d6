import { figureChecks } from '../analysis/figure-checks';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'sum-mismatch',
    description: '各项相加须与所述总数（共计、合计、总计……）相符，约数按区间计算',
    defaultSeverity: 'error',
    fixable: false,
    options: {},
  },
  check(ctx) {
    for (const c of figureChecks(ctx.doc)) {
      if (c.kind !== 'sum' || c.ok) continue;
      ctx.report({ message: c.message, span: c.span, detail: c.detail, related: c.related });
    }
  },
});
