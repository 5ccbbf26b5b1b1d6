import * as assert from 'assert';
import { candidatesAt, pairCandidatesAt } from '../../server/src/core/analysis/typo-candidates';
import { confusionKinds } from '../../server/src/core/analysis/confusions';
import { segmenter } from '../helpers/segmenter';

const HAN = /^[\u4e00-\u9fff]+$/;

const indexed = new Map<number, [string, number][]>();
const wordsOf = (length: number) => {
  const seg = segmenter();
  let words = indexed.get(length);
  if (!words)
    indexed.set(length, (words = [...seg.wordsOfLength(length)].filter(([w, f]) => f >= 100 && HAN.test(w) && seg.context!.has(w))));
  return words;
};

/** The candidates read off the dictionary word by word (frequency 100 or more): every word fitting each window, in dictionary order. */
function plainCandidates(sentence: string, at: number, shapes: boolean): string[] {
  const kinds = confusionKinds(sentence[at]);
  if (!kinds) return [];
  const out: string[] = [];
  for (const length of [2, 3, 4]) {
    const words = wordsOf(length);
    for (let k = 0; k < length; k++) {
      const start = at - k;
      if (start < 0 || start + length > sentence.length || !HAN.test(sentence.slice(start, start + length))) continue;
      for (const [word] of words) {
        const kind = kinds.get(word.charCodeAt(k));
        if (!kind || (kind === 'shape' && !shapes)) continue;
        if ([...word].every((c, i) => i === k || c === sentence[start + i])) out.push(`${start}-${start + length} ${word} ${kind}`);
      }
    }
  }
  return out;
}

describe('typo candidates', () => {
  it('are, in order, the words fitting each window that a plain reading of the dictionary finds', function () {
    this.timeout(120000);
    const seg = segmenter();
    for (const sentence of ['各部门要提高办事效律', '以人民为忠心的发展思想', '认真部暑改进工作作风']) {
      for (let at = 0; at < sentence.length; at++) {
        for (const shapes of [false, true]) {
          const found = candidatesAt(seg, sentence, at, 100, shapes).map((c) => `${c.start}-${c.end} ${c.word} ${c.kind}`);
          assert.deepStrictEqual(found, plainCandidates(sentence, at, shapes), `${sentence} at ${at}`);
        }
      }
    }
    assert.ok(candidatesAt(seg, '各部门要提高办事效律', 9, 100, false).some((c) => c.word === '效率'));
  });

  it('for a double slip, are the two-character words sounding like both typed characters, as a plain reading finds', () => {
    const seg = segmenter();
    for (const typed of ['正手', '淡味', '对伍', '部暑', '效律', '工作']) {
      const [a, b] = [confusionKinds(typed[0]), confusionKinds(typed[1])];
      const plain: string[] = [];
      if (a && b)
        for (const [code, kind] of a) {
          if (kind !== 'sound') continue;
          for (const [word] of wordsOf(2)) {
            if (word.charCodeAt(0) === code && word[1] !== typed[1] && b.get(word.charCodeAt(1)) === 'sound') plain.push(word);
          }
        }
      assert.deepStrictEqual(
        pairCandidatesAt(seg, `在${typed}中`, 1, 100).map((c) => c.word),
        plain,
        typed,
      );
    }
    assert.ok(pairCandidatesAt(seg, '在正手中', 1, 100).some((c) => c.word === '征收'));
  });
});
