import { markerFor, siblingGroups } from '../analysis/numbering';
import type { Heading } from '../model/report-document';
import { defineRule } from './rule';

/** Siblings written in different marker styles: 1. beside 1、, （一） beside (一). */
export default defineRule({
  meta: {
    id: 'numbering-style',
    description: '同级标题序号的写法须一致（如 1. 与 1、，（一）与 (一) 不得混用）',
    defaultSeverity: 'warn',
    fixable: true,
    tags: ['renumber'],
    options: {},
  },
  check(ctx) {
    const families = new Map<string, Heading[]>();
    for (const g of siblingGroups(ctx.doc)) {
      if (!families.has(g.familyKey)) families.set(g.familyKey, []);
      families.get(g.familyKey)!.push(...g.items);
    }
    for (const items of families.values()) {
      const counts = new Map<string, number>();
      for (const h of items) counts.set(h.marker.style, (counts.get(h.marker.style) ?? 0) + 1);
      if (counts.size < 2) continue;
      // The most used style wins; on a tie, the first one written. Parentheses are always the full-width
      // ones GB/T 9704 uses, so that this rule and punctuation-width never pull a marker two ways.
      let major = items[0].marker.style;
      for (const [style, n] of counts) if (n > counts.get(major)!) major = style;
      major = major.replace('(', '（').replace(')', '）');
      const example = markerFor(
        items.find((h) => h.marker.style === major)!,
        1,
      );
      for (const h of items) {
        if (h.marker.style === major) continue;
        const text = markerFor(h, h.marker.value!, major);
        ctx.report({
          message: `同级序号写法不一致：本级多用「${example}」式，此处为「${h.marker.text}」。`,
          span: h.marker.span,
          fix: text ? { title: `改为「${text}」`, edits: [{ span: h.marker.span, text }] } : undefined,
        });
      }
    }
  },
});
