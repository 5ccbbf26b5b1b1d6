import type { Segmenter } from '../segment/segmenter';
import { confusableWith } from './confusions';

/**
 * Candidate corrections: every way one character of a sentence, changed for one that sounds or looks alike,
 * forms a frequent dictionary word with its neighbours (效律 -> 效率, 忠心 -> 中心). Generated wide; the
 * detector keeps only those under which the passage reads much likelier in context.
 */
export interface Candidate {
  /** The window [start, end) in the sentence, the (first) character changed (an index into the sentence), the word formed. */
  start: number;
  end: number;
  at: number;
  word: string;
  /** How the changed character relates to the original: same sound, a near sound, or only a similar shape. */
  kind: 'sound' | 'near' | 'shape';
  /** The original window is itself a dictionary word (忠心): a real word wrong in context. */
  realWord: boolean;
  /** Both characters of a two-character window changed (正手 -> 征收): a double slip, weaker evidence. */
  pair?: boolean;
}

type Kind = Candidate['kind'];
const kindOf = (c: { sound: string; near: string; shape: string }, ch: string, shapes: boolean): Kind | undefined =>
  c.sound.includes(ch) ? 'sound' : c.near.includes(ch) ? 'near' : shapes && c.shape.includes(ch) ? 'shape' : undefined;
const weaker = (a: Kind, b: Kind): Kind => (a === 'shape' || b === 'shape' ? 'shape' : a === 'near' || b === 'near' ? 'near' : 'sound');

const HAN = /^[\u4e00-\u9fff]$/;
const LENGTHS = [2, 3, 4];

/**
 * Dictionary words of two to four characters indexed by their pattern with one character unknown (部? -> 部署,
 * 部门 …), built once per segmenter and frequency floor.
 */
const patternIndexes = new WeakMap<Segmenter, Map<number, Map<string, string[]>>>();

export function wordsFitting(seg: Segmenter, minFrequency: number, pattern: string): readonly string[] {
  let byFrequency = patternIndexes.get(seg);
  if (!byFrequency) patternIndexes.set(seg, (byFrequency = new Map()));
  let index = byFrequency.get(minFrequency);
  if (!index) {
    index = new Map();
    for (const length of LENGTHS) {
      for (const [word, freq] of seg.wordsOfLength(length)) {
        if (freq < minFrequency || ![...word].every((c) => HAN.test(c))) continue;
        // With a context model, a correction it does not know could never win: leave it out of the index.
        if (seg.context && !seg.context.has(word)) continue;
        for (let k = 0; k < length; k++) {
          const key = word.slice(0, k) + '?' + word.slice(k + 1);
          const list = index.get(key);
          if (list) list.push(word);
          else index.set(key, [word]);
        }
      }
    }
    byFrequency.set(minFrequency, index);
  }
  return index.get(pattern) ?? EMPTY;
}

const EMPTY: readonly string[] = [];

/** Every candidate correction of the character at `at` in sentence. */
export function candidatesAt(seg: Segmenter, sentence: string, at: number, minFrequency: number, shapes: boolean): Candidate[] {
  const ch = sentence[at];
  const confusable = confusableWith(ch);
  if (!confusable) return [];
  const out: Candidate[] = [];
  for (const length of LENGTHS) {
    for (let k = 0; k < length; k++) {
      const start = at - k;
      const end = start + length;
      if (start < 0 || end > sentence.length) continue;
      const window = sentence.slice(start, end);
      let allHan = true;
      for (const c of window) if (!HAN.test(c)) allHan = false;
      if (!allHan) continue;
      const fitting = wordsFitting(seg, minFrequency, window.slice(0, k) + '?' + window.slice(k + 1));
      if (!fitting.length) continue;
      const realWord = seg.frequency(window) > 0;
      for (const word of fitting) {
        const c = word[k];
        if (c === ch) continue;
        const kind = kindOf(confusable, c, shapes);
        if (!kind) continue;
        out.push({ start, end, at, word, kind, realWord });
      }
    }
  }
  return out;
}

/**
 * Two-character words both of whose characters differ from the two at `at`, each by sound (正手 -> 征收): a
 * double slip of the input method. Look-alikes are left out here, a double one is rare in typed text.
 */
export function pairCandidatesAt(seg: Segmenter, sentence: string, at: number, minFrequency: number): Candidate[] {
  const a = confusableWith(sentence[at]);
  const b = confusableWith(sentence[at + 1] ?? '');
  if (!a || !b) return [];
  const out: Candidate[] = [];
  const realWord = seg.frequency(sentence.slice(at, at + 2)) > 0;
  for (const x of a.sound + a.near) {
    for (const word of wordsFitting(seg, minFrequency, x + '?')) {
      if (word[1] === sentence[at + 1]) continue;
      const second = kindOf(b, word[1], false);
      if (!second) continue;
      out.push({ start: at, end: at + 2, at, word, kind: weaker(kindOf(a, x, false)!, second), realWord, pair: true });
    }
  }
  return out;
}
