import { invertedHeadings } from '../analysis/numbering';
import { MARKER_EXAMPLE } from '../parse/heading-markers';
import { defineRule } from './rule';

const LEVELS = '一、→（一）→ 1. →（1）→ ①';

/** A higher-level marker (（一）) opened beneath a lower-level one (1.): the levels are inverted. */
export default defineRule({
  meta: {
    id: 'numbering-hierarchy',
    description: '标题层级须按 GB/T 9704 依次为 一、（一）1.（1）①，高一级序号不得出现在低一级序号之下',
    defaultSeverity: 'warn',
    fixable: false,
    options: {},
  },
  check(ctx) {
    for (const { heading: h, under: prev } of invertedHeadings(ctx.doc)) {
      ctx.report({
        message: `层级颠倒：「${h.marker.text}」出现在「${prev.marker.text}」之下。公文标题层级依次为 ${LEVELS}，「${MARKER_EXAMPLE[h.marker.kind]}」应高于「${MARKER_EXAMPLE[prev.marker.kind]}」。`,
        span: h.marker.span,
        related: [{ span: prev.marker.span, message: `较低一级的「${prev.marker.text}」在此` }],
      });
    }
  },
});
