import * as assert from 'assert';
import { parseReport } from '../../../server/src/core';
import { splitSentences } from '../../../server/src/core/parse/parse-report';
import { seededRandom } from '../../helpers/random';
import { seed } from '../../helpers/seeds';

/** Sentences as a regex reads them: each runs to the end of the next match, white space around it left out. */
function referenceSentences(body: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(body[s])) s++;
    while (e > s && /\s/.test(body[e - 1])) e--;
    if (e > s) out.push({ text: body.slice(s, e), start: s, end: e });
  };
  const re = /[。！？；!?;…]+[”’」』）)]*/g;
  let from = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    push(from, m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(from, body.length);
  return out;
}

const asSpans = (body: string) => splitSentences(body, { start: 0, end: body.length }).map((s) => ({ text: s.text, ...s.span }));

describe('sentences', () => {
  it('end where the sentence-end pattern ends, on every paragraph of the seeds', () => {
    for (const name of ['000', '001', '003']) {
      const doc = parseReport(seed(name).text);
      for (const p of doc.paragraphs) {
        const body = doc.text.slice(p.bodySpan.start, p.bodySpan.end);
        assert.deepStrictEqual(asSpans(body), referenceSentences(body), body);
        if (p.sentences.length) {
          const offsets = p.sentences.map((s) => ({
            text: s.text,
            start: s.span.start - p.bodySpan.start,
            end: s.span.end - p.bodySpan.start,
          }));
          assert.deepStrictEqual(offsets, referenceSentences(body), body);
        }
      }
    }
  });

  it('end where the pattern ends on strings of marks, quotes and spaces', () => {
    const rand = seededRandom(5);
    const pieces = ['。', '！', '？', '；', '!', '?', ';', '…', '”', '’', '」', '』', '）', ')', ' ', '\u3000', '\t', '字', 'a', '“'];
    for (let run = 0; run < 2000; run++) {
      const body = Array.from({ length: Math.floor(rand() * 14) }, () => pieces[Math.floor(rand() * pieces.length)]).join('');
      assert.deepStrictEqual(asSpans(body), referenceSentences(body), JSON.stringify(body));
    }
  });
});
