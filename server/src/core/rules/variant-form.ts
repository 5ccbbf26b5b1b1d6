import { allowedWordChecker } from '../analysis/allowed';
import { PhraseMatcher } from '../analysis/phrase-matcher';
import { textParagraphs } from '../analysis/prose';
import { VARIANT_FORMS } from '../data/variant-forms';
import { defineRule } from './rule';

const matcher = new PhraseMatcher(VARIANT_FORMS);

/** Non-standard variant forms (异形词): 成份 -> 成分, 帐户 -> 账户. */
export default defineRule({
  meta: {
    id: 'variant-form',
    description: '异形词应使用规范词形（《第一批异形词整理表》等）：成份→成分、帐户→账户、图象→图像',
    defaultSeverity: 'warn',
    fixable: true,
    tags: ['word'],
    options: {},
    scope: 'paragraph',
  },
  check(ctx) {
    const isAllowed = allowedWordChecker(ctx.text, ctx.allowedWords);
    for (const p of textParagraphs(ctx.doc)) {
      for (const { entry, span } of matcher.matches(ctx.text, p.span)) {
        if (isAllowed(span.start, span.end)) continue;
        ctx.report({
          message: `「${entry.wrong}」是不规范的异形词，规范词形为「${entry.right}」。`,
          span,
          fix: { title: `改为「${entry.right}」`, edits: [{ span, text: entry.right }] },
        });
      }
    }
  },
});
