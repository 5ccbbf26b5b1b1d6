import { figureChecks } from '../analysis/figure-checks';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'count-mismatch',
    description: '所说项数须与列出的项数相符（4个方面：一是……四是；“四大”平台，即：A、B、C、D）',
    defaultSeverity: 'warn',
    fixable: false,
    options: {},
  },
  check(ctx) {
    for (const c of figureChecks(ctx.doc)) {
      if (c.kind !== 'count' || c.ok) continue;
      ctx.report({ message: c.message, span: c.span, detail: c.detail, related: c.related });
    }
  },
});
