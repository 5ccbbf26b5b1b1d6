import { proseParagraphs } from '../analysis/prose';
import { normalizeForComparison, shingles, similarity } from '../analysis/similarity';
import type { Sentence } from '../model/report-document';
import { countHan, trimEndOf } from '../text/chars';
import { TextCache } from '../text/text-cache';
import { defineRule } from './rule';

const perSentence = new TextCache<{ normalized: string; han: number }>();
/** 一是 / 第一， before a sentence numbers it: the sentence after it is what may repeat. */
const ENUMERATION_START = /^(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、：:])/;

/** A sentence of meaningful length written twice in one document, also inside otherwise different paragraphs. */
export default defineRule({
  meta: {
    id: 'duplicate-sentence',
    description: '同一句话在文中出现两次（段落不同也算），在后出现的一处报告',
    defaultSeverity: 'warn',
    fixable: false,
    options: {
      minLength: { type: 'number', default: 15, minimum: 5, description: '参与比较的句子至少含多少个汉字' },
    },
  },
  check(ctx) {
    const { minLength } = ctx.options;
    const seen = new Map<string, { sentence: Sentence; index: number }>();
    const leaveParagraphs = ctx.isRuleOn('duplicate-paragraph');
    const shingleCache = new Map<string, Set<number>>();
    const shinglesOf = (key: string) => {
      let s = shingleCache.get(key);
      if (!s) shingleCache.set(key, (s = shingles(key)));
      return s;
    };
    const paragraphs = proseParagraphs(ctx.doc);
    const bodyOf = (i: number) => ctx.text.slice(paragraphs[i].bodySpan.start, paragraphs[i].bodySpan.end);
    // A paragraph's text for comparison, normalised only once a sentence of it is met again (most never are).
    const keys = new Map<number, string>();
    const keyOf = (i: number) => {
      let key = keys.get(i);
      if (key === undefined) keys.set(i, (key = normalizeForComparison(bodyOf(i))));
      return key;
    };
    // Whether paragraph j repeats paragraph i: written the same (so normalised the same too), or nearly.
    const repeats = (i: number, j: number) =>
      bodyOf(i) === bodyOf(j) || keyOf(i) === keyOf(j) || similarity(shinglesOf(keyOf(i)), shinglesOf(keyOf(j))) >= 0.8;
    for (let index = 0; index < paragraphs.length; index++) {
      for (const s of paragraphs[index].sentences) {
        const { normalized, han } = perSentence.get(s.text, (t) => {
          const n = trimEndOf(normalizeForComparison(t.replace(ENUMERATION_START, '')), '。！？；!?;…');
          return { normalized: n, han: countHan(n) };
        });
        if (han < minLength) continue;
        const found = seen.get(normalized);
        if (!found) {
          seen.set(normalized, { sentence: s, index });
          continue;
        }
        // A sentence inside a paragraph that repeats as a whole is duplicate-paragraph's finding, when that rule
        // is on; a sentence written twice inside one paragraph is always this rule's.
        const sameParagraph = found.index === index;
        if (!sameParagraph && leaveParagraphs && repeats(found.index, index)) continue;
        const earlier = found.sentence;
        const earlierLine = ctx.doc.lines.positionAt(earlier.span.start).line + 1;
        ctx.report({
          message: `这句话与第 ${earlierLine} 行的一句重复：「${s.text.length > 24 ? s.text.slice(0, 24) + '…' : s.text}」`,
          span: s.span,
          related: [{ span: earlier.span, message: '先出现的同一句话' }],
          suggestions: [{ title: '删除后出现的这一句', edits: [{ span: s.span, text: '' }] }],
        });
      }
    }
  },
});
