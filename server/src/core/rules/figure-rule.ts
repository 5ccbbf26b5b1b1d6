import { figureChecks, type CheckKind } from '../analysis/figure-checks';
import { defineRule, type Rule, type RuleMeta } from './rule';

/** The four figure rules differ only in which kind of check they report: one pass serves them all. */
export function figureRule(kind: CheckKind, meta: Omit<RuleMeta, 'fixable' | 'options'>): Rule {
  return defineRule({
    meta: { ...meta, fixable: false, options: {} },
    check(ctx) {
      for (const c of figureChecks(ctx.doc)) {
        if (c.kind !== kind || c.ok) continue;
        ctx.report({ message: c.message, span: c.span, detail: c.detail, related: c.related });
      }
    },
  });
}
