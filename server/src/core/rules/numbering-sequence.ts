import {
  enumerationGroups,
  enumerationText,
  familyConvention,
  invertedHeadings,
  markerFor,
  renumberEnumerationFix,
  renumberHeadingsFix,
  siblingGroups,
  type SiblingGroup,
} from '../analysis/numbering';
import type { Heading } from '../model/report-document';
import { defineRule } from './rule';

/** Gaps, duplicates and reversals in heading numbers and in 一是/第一 enumerations. */
export default defineRule({
  meta: {
    id: 'numbering-sequence',
    description: '标题序号与“一是……二是”“第一，第二，”列举须连续：不跳号、不重号、不颠倒',
    defaultSeverity: 'error',
    fixable: true,
    tags: ['renumber'],
    options: {
      enumerations: { type: 'boolean', default: true, description: '同时检查段内列举（一是、二是；第一，第二，）' },
    },
  },
  check(ctx) {
    const families = new Map<string, SiblingGroup[]>();
    for (const g of siblingGroups(ctx.doc)) {
      if (!families.has(g.familyKey)) families.set(g.familyKey, []);
      families.get(g.familyKey)!.push(g);
    }
    // Under an inverted hierarchy the writer's lists straddle the headings: leave their starts to numbering-hierarchy
    // when it is on to report the inversion.
    const straddled = new Set<Heading>();
    for (const { heading } of ctx.isRuleOn('numbering-hierarchy') ? invertedHeadings(ctx.doc) : []) {
      for (const s of heading.parent ? heading.parent.children : ctx.doc.outline) {
        if (s.marker.kind === heading.marker.kind) straddled.add(s);
      }
    }
    for (const groups of families.values()) {
      const convention = familyConvention(groups);
      // Where the previous group ends once corrected: a group whose start is reported counts as fixed.
      let correctedPrevLast = 0;
      groups.forEach((group, gi) => {
        const first = group.items[0];
        const prevGroup = groups[gi - 1];
        const prevLast = correctedPrevLast;
        const expectedStart = convention === 'continuous' && prevGroup ? prevLast + 1 : 1;
        const knownStart = (convention !== 'unknown' || gi === 0) && !(group.parent && straddled.has(group.parent));
        const last = group.items[group.items.length - 1].marker.value!;
        correctedPrevLast = last;
        if (knownStart && first.marker.value !== expectedStart) {
          correctedPrevLast = last - first.marker.value! + expectedStart;
          const expected = markerFor(first, expectedStart) ?? String(expectedStart);
          const why =
            convention === 'continuous' && prevGroup
              ? `本文各部分连续编号，上一部分止于「${markerFor(prevGroup.items[prevGroup.items.length - 1], prevLast)}」`
              : gi > 0
                ? '本文各部分分别从 1 起编号'
                : '同级编号应从 1 起';
          ctx.report({
            message: `编号「${first.marker.text}」应为「${expected}」：${why}。`,
            span: first.marker.span,
            fix: renumberHeadingsFix(group.items, expectedStart),
          });
        }
        for (let i = 1; i < group.items.length; i++) {
          const prev = group.items[i - 1];
          const h = group.items[i];
          const pv = prev.marker.value!;
          const v = h.marker.value!;
          if (v === pv + 1) continue;
          const expected = markerFor(h, pv + 1) ?? String(pv + 1);
          const message =
            v === pv
              ? `编号重复：「${h.marker.text}」与上一项相同，应为「${expected}」。`
              : v > pv
                ? `编号跳号：「${prev.marker.text}」之后是「${h.marker.text}」，缺少「${expected}」。`
                : `编号顺序颠倒：「${h.marker.text}」出现在「${prev.marker.text}」之后，应为「${expected}」。`;
          const start = knownStart ? expectedStart : first.marker.value!;
          ctx.report({ message, span: h.marker.span, fix: renumberHeadingsFix(group.items, start) });
        }
      });
    }

    if (ctx.options.enumerations === false) return;
    for (const items of enumerationGroups(ctx.doc)) {
      for (let i = 1; i < items.length; i++) {
        const prev = items[i - 1];
        const item = items[i];
        if (item.value === prev.value + 1) continue;
        const expected = enumerationText(item, prev.value + 1);
        const message =
          item.value === prev.value
            ? `列举重复：「${item.text}」与上一项相同，应为「${expected}」。`
            : item.value > prev.value
              ? `列举跳号：「${prev.text}」之后是「${item.text}」，缺少「${expected}」。`
              : `列举顺序颠倒：「${item.text}」出现在「${prev.text}」之后，应为「${expected}」。`;
        ctx.report({ message, span: item.span, fix: items[0].value === 1 ? renumberEnumerationFix(items) : undefined });
      }
    }
  },
});
