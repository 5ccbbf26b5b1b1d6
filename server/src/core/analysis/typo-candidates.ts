import type { Segmenter } from '../segment/segmenter';
import { confusionKinds } from './confusions';

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

const HAN = /^[\u4e00-\u9fff]$/;
const LENGTHS = [2, 3, 4];

/**
 * Dictionary words of two to four characters indexed by their pattern with one character unknown (部? -> 部署,
 * 部门 …), built once per segmenter and frequency floor. The key is a number hashed from the pattern's
 * characters, so that a sentence's windows are looked up without building a string for each.
 */
interface PatternIndex {
  byHash: Map<number, string[]>;
  /** Per two characters typed, the words of a double slip found for them so far (see pairCandidatesAt). */
  pairs: Map<string, string[]>;
}

const patternIndexes = new WeakMap<Segmenter, Map<number, PatternIndex>>();

/**
 * Hash of text[start, start + length) with the character at start + k left out, kept to 30 bits so that V8 keeps
 * it a small integer (a Map of heap numbers hashes far slower).
 */
function patternHash(text: string, start: number, length: number, k: number): number {
  let h = length * 8 + k;
  for (let i = 0; i < length; i++) if (i !== k) h = (Math.imul(h, 0x01000193) ^ text.charCodeAt(start + i)) & 0x3fffffff;
  return h;
}

function patternIndex(seg: Segmenter, minFrequency: number): PatternIndex {
  let byFrequency = patternIndexes.get(seg);
  if (!byFrequency) patternIndexes.set(seg, (byFrequency = new Map()));
  let index = byFrequency.get(minFrequency);
  if (!index) {
    index = { byHash: new Map(), pairs: new Map() };
    for (const length of LENGTHS) {
      for (const [word, freq] of seg.wordsOfLength(length)) {
        if (freq < minFrequency || ![...word].every((c) => HAN.test(c))) continue;
        // With a context model, a correction it does not know could never win: leave it out of the index.
        if (seg.context && !seg.context.has(word)) continue;
        for (let k = 0; k < length; k++) {
          const h = patternHash(word, 0, length, k);
          const hashed = index.byHash.get(h);
          if (hashed) hashed.push(word);
          else index.byHash.set(h, [word]);
        }
      }
    }
    byFrequency.set(minFrequency, index);
  }
  return index;
}

/** The indexed words that fit a pattern with one '?' (部? -> 部署, 部门 …). */
export function wordsFitting(seg: Segmenter, minFrequency: number, pattern: string): readonly string[] {
  const k = pattern.indexOf('?');
  const hashed = patternIndex(seg, minFrequency).byHash.get(patternHash(pattern, 0, pattern.length, k));
  if (!hashed) return EMPTY;
  return hashed.filter((word) => word.length === pattern.length && [...pattern].every((c, i) => i === k || word[i] === c));
}

const EMPTY: readonly string[] = [];

/** Every candidate correction of the character at `at` in sentence. */
export function candidatesAt(seg: Segmenter, sentence: string, at: number, minFrequency: number, shapes: boolean): Candidate[] {
  const ch = sentence[at];
  const kinds = confusionKinds(ch);
  if (!kinds) return [];
  const index = patternIndex(seg, minFrequency);
  const out: Candidate[] = [];
  for (const length of LENGTHS) {
    for (let k = 0; k < length; k++) {
      const start = at - k;
      const end = start + length;
      if (start < 0 || end > sentence.length) continue;
      let allHan = true;
      for (let i = start; i < end && allHan; i++) allHan = isHan(sentence.charCodeAt(i));
      if (!allHan) continue;
      const fitting = index.byHash.get(patternHash(sentence, start, length, k));
      if (!fitting) continue;
      let realWord: boolean | undefined;
      for (const word of fitting) {
        const kind = kinds.get(word.charCodeAt(k));
        if (!kind || (kind === 'shape' && !shapes)) continue;
        // Hashes may collide: the word must match the window everywhere but at the changed character.
        let same = true;
        for (let i = 0; i < length && same; i++) same = i === k || word.charCodeAt(i) === sentence.charCodeAt(start + i);
        if (!same) continue;
        if (realWord === undefined) realWord = seg.frequency(sentence.slice(start, end)) > 0;
        out.push({ start, end, at, word, kind, realWord });
      }
    }
  }
  return out;
}

const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/**
 * Two-character words both of whose characters differ from the two at `at` and have their sound (正手 -> 征收,
 * 淡味 -> 单位): a double slip of the input method. Look-alikes are left out here, a double one is rare in typed
 * text, and so are near sounds: an input method offers the words of one reading, and a near sound on both
 * characters is another reading altogether (none was right on the tuning data).
 */
export function pairCandidatesAt(seg: Segmenter, sentence: string, at: number, minFrequency: number): Candidate[] {
  const typed = sentence.slice(at, at + 2);
  const index = patternIndex(seg, minFrequency);
  // The same rare words recur through a document: their sound-alike words are found once.
  let alike = index.pairs.get(typed);
  if (!alike) {
    if (index.pairs.size >= 50000) index.pairs.clear(); // bounded, like the other memos of the editor
    index.pairs.set(typed, (alike = soundAlikeWords(index, typed)));
  }
  if (!alike.length) return [];
  const realWord = seg.frequency(typed) > 0;
  return alike.map((word) => ({ start: at, end: at + 2, at, word, kind: 'sound', realWord, pair: true }));
}

/** The indexed two-character words each of whose characters has the sound of the one typed. */
function soundAlikeWords(index: PatternIndex, typed: string): string[] {
  const a = confusionKinds(typed[0]);
  const b = confusionKinds(typed[1] ?? '');
  if (!a || !b) return [];
  const out: string[] = [];
  const next = typed.charCodeAt(1);
  for (const [code, first] of a) {
    if (first !== 'sound') continue;
    for (const word of index.byHash.get(patternHash(String.fromCharCode(code), 0, 2, 1)) ?? EMPTY)
      if (word.length === 2 && word.charCodeAt(0) === code && word.charCodeAt(1) !== next && b.get(word.charCodeAt(1)) === 'sound')
        out.push(word);
  }
  return out;
}
