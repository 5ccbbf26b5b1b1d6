import { figureChecks } from '../analysis/figure-checks';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'part-exceeds-whole',
    description: '部分不能大于整体：“其中”各项不超过总数，名次不超过参与排名的总数',
    defaultSeverity: 'error',
    fixable: false,
    options: {},
  },
  check(ctx) {
    for (const c of figureChecks(ctx.doc)) {
      if (c.kind !== 'part' || c.ok) continue;
      ctx.report({ message: c.message, span: c.span, detail: c.detail, related: c.related });
    }
  },
});
