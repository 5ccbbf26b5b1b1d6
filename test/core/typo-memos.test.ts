import * as assert from 'assert';
import type { Segmenter } from '../../server/src/core';
import { candidatesAt } from '../../server/src/core/analysis/typo-candidates';
import { confusionKinds } from '../../server/src/core/analysis/confusions';
import { DEFAULT_DETECTOR_OPTIONS, scoreCandidates } from '../../server/src/core/analysis/typo-detector';
import { detectTypos } from '../../server/src/core/analysis/typo-slips';
import type { ContextModel } from '../../server/src/core/segment/context-model';
import { segmenter } from '../helpers/segmenter';

const SENTENCES = [
  '各部门要提高办事效律，认真部暑改进工作作风。',
  '坚持以人民为忠心的发展思想，部暑工作。',
  '加快补齐农业农村科技短板，提高办事效率。',
  '要坚持以人民为中心，改进工作作风。',
];

/** The segmenter with its context model behind a new object: the memos kept per model start empty for it. */
function withModel(seg: Segmenter, score: (text: string) => number): Segmenter {
  const model = seg.context!;
  const context: ContextModel = { score, has: (w) => model.has(w), unigram: (w) => model.unigram(w) };
  return {
    context,
    cut: (t) => seg.cut(t),
    frequency: (w) => seg.frequency(w),
    tagOf: (w) => seg.tagOf(w),
    score: (t) => seg.score(t),
    wordsOfLength: (l, f) => seg.wordsOfLength(l, f),
  };
}

const gains = (seg: Segmenter, sentence: string) =>
  scoreCandidates(seg, sentence, DEFAULT_DETECTOR_OPTIONS).map((c) => [c.start, c.word, c.contextGain, c.isolatedGain]);

describe('typo search: what it remembers across sentences', () => {
  it('scores a sentence after others exactly as with nothing remembered', function () {
    this.timeout(60000);
    const seg = segmenter();
    for (const s of [...SENTENCES, ...[...SENTENCES].reverse()]) gains(seg, s);
    let scored = 0;
    for (const sentence of SENTENCES) {
      const cold = withModel(seg, (t) => seg.context!.score(t));
      const found = gains(seg, sentence);
      assert.deepStrictEqual(found, gains(cold, sentence), sentence);
      scored += found.length;
    }
    assert.ok(scored > 0);
  });

  it('keeps each context model’s scores apart', function () {
    this.timeout(60000);
    const seg = segmenter();
    for (const s of SENTENCES) gains(seg, s);
    // A model scoring every passage twice as sure: the gains double, none is read from the other model's memo.
    const doubled = withModel(seg, (t) => 2 * seg.context!.score(t));
    const sentence = SENTENCES[0];
    const plain = scoreCandidates(seg, sentence, { ...DEFAULT_DETECTOR_OPTIONS, minUnigramGain: -Infinity });
    const twice = scoreCandidates(doubled, sentence, { ...DEFAULT_DETECTOR_OPTIONS, minUnigramGain: -Infinity });
    const byWord = new Map(plain.map((c) => [`${c.start} ${c.word}`, c.contextGain]));
    let compared = 0;
    for (const c of twice) {
      const gain = byWord.get(`${c.start} ${c.word}`);
      if (gain === undefined) continue;
      assert.ok(Math.abs(c.contextGain - 2 * gain) < 1e-9, `${c.word}: ${c.contextGain} is not twice ${gain}`);
      compared++;
    }
    assert.ok(compared > 0);
  });

  it('finds a character’s candidates wherever it recurs, as its confusions say', () => {
    const seg = segmenter();
    // The same characters at other places, after characters with no confusions at all (，。).
    for (const sentence of ['，效律。', '提高办事效律', '律效率', '工作作风，部暑工作', '暑部门']) {
      for (let at = 0; at < sentence.length; at++) {
        const kinds = confusionKinds(sentence[at]);
        const found = candidatesAt(seg, sentence, at, 100, true);
        if (!kinds) assert.deepStrictEqual(found, [], `${sentence} at ${at}`);
        for (const c of found) {
          assert.strictEqual(c.at, at);
          assert.strictEqual(kinds!.get(c.word.charCodeAt(at - c.start)), c.kind, `${sentence} at ${at}: ${c.word}`);
        }
      }
    }
    assert.ok(candidatesAt(seg, '提高办事效律', 5, 100, false).some((c) => c.word === '效率'));
    assert.ok(candidatesAt(seg, '暑部门', 0, 100, false).every((c) => c.word !== '效率'));
  });
});

describe('typo: the sentence cache keeps options apart', () => {
  it('options that differ only in an infinite threshold do not share cached suspects', () => {
    const seg = segmenter();
    const text = '各部门要提高办事效律，认真部暑改进工作作风。';
    const span = { start: 0, end: text.length };
    const never = { ...DEFAULT_DETECTOR_OPTIONS, minGain: Infinity, strongGain: Infinity };
    const always = { ...DEFAULT_DETECTOR_OPTIONS, minGain: -Infinity, strongGain: -Infinity };
    assert.deepStrictEqual(
      detectTypos(seg, text, span, () => false, never),
      [],
    );
    assert.ok(detectTypos(seg, text, span, () => false, always).length > 0);
  });
});
