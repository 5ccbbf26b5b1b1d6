import { brokenInto, isUnindentedLead } from '../analysis/broken-lines';
import { isSoftWrapped, proseParagraphs } from '../analysis/prose';
import { trimEndOf } from '../text/chars';
import { defineRule } from './rule';

/** Marks a paragraph may end with; a closing quote or bracket after the sentence's own end mark is fine. */
const TERMINAL = /[。！？；…：:.!?”’」』）)》】—]$/;
const TRAILING_COMMA = /[，,、]$/;

/** A body paragraph that stops without 。！？ (headings, titles, dates, signatures and table cells are exempt). */
export default defineRule({
  meta: {
    id: 'sentence-end',
    description: '正文段落应以句末标点（。！？等）结尾',
    defaultSeverity: 'warn',
    fixable: true,
    options: {},
  },
  check(ctx) {
    for (const p of proseParagraphs(ctx.doc)) {
      const body = trimEndOf(ctx.text.slice(p.bodySpan.start, p.bodySpan.end), ' \t\r\n\u3000\u00a0');
      if (!body || TERMINAL.test(body) || isSoftWrapped(ctx.doc, p) || isUnindentedLead(ctx.doc, p)) continue;
      const end = p.bodySpan.start + body.length;
      const last = body[body.length - 1];
      const trailing = TRAILING_COMMA.test(body);
      const next = brokenInto(ctx.doc, p);
      if (next) {
        // The sentence goes on in the next line: the line break is the slip, and a 。 would be a wrong fix.
        const nextStart = next.span.start + (/^[\s\u3000\u200b\ufeff]*/.exec(next.text)?.[0].length ?? 0);
        const shown = ctx.text.slice(nextStart, Math.min(nextStart + 8, next.span.end));
        ctx.report({
          message: `段落似被断行：本段没有以句末标点结束，下一行「${shown}…」接着这句话，应与下一行合为一段。`,
          span: { start: end - 1, end },
          suggestions: [{ title: '与下一行合为一段', edits: [{ span: { start: end, end: nextStart }, text: '' }] }],
        });
        continue;
      }
      ctx.report({
        message: trailing ? `段落以「${last}」结尾，应以句号等句末标点结束。` : '段落结尾缺少句末标点（。！？）。',
        span: { start: end - 1, end },
        fix: trailing
          ? { title: `把「${last}」改为「。」`, edits: [{ span: { start: end - 1, end }, text: '。' }] }
          : { title: '在段末加「。」', edits: [{ span: { start: end, end }, text: '。' }] },
      });
    }
  },
});
