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

const LENGTHS = [2, 3, 4];

/**
 * Dictionary words of two to four characters indexed by their pattern with one character unknown (部? -> 部署,
 * 部门 …), built once per segmenter and frequency floor. The key is a number hashed from the pattern's
 * characters, so that a sentence's windows are looked up without building a string for each.
 */
interface PatternIndex {
  /** Pattern hash -> group, open addressing (hash and group side by side, -1 empty); group g: words[groupStart[g] …]. */
  slots: Int32Array;
  slotMask: number;
  groupStart: Int32Array;
  words: string[];
  /** Each word's character at the unknown position: reading hundreds of codes from one array beats the strings. */
  codes: Uint16Array;
  /** A bit per hash (modulo its size): most windows fit no word, and one read says so before the table is probed. */
  bits: Uint32Array;
  /** Per two characters typed, the words of a double slip found for them so far (see pairCandidatesAt). */
  pairs: Map<string, string[]>;
}

/** The group of the words fitting a pattern hash, or -1. */
function groupOf(index: PatternIndex, hash: number): number {
  const { slots, slotMask } = index;
  for (let slot = hash & slotMask; slots[2 * slot] >= 0; slot = (slot + 1) & slotMask)
    if (slots[2 * slot] === hash) return slots[2 * slot + 1];
  return -1;
}

const PATTERN_BITS = 1 << 23;
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
  if (!index) byFrequency.set(minFrequency, (index = buildPatternIndex(seg, minFrequency)));
  return index;
}

function buildPatternIndex(seg: Segmenter, minFrequency: number): PatternIndex {
  // The words to index; then per pattern (a word with one character left out) its hash and the word's number.
  const words: string[] = [];
  let patterns = 0;
  for (const length of LENGTHS) {
    for (const [word, freq] of seg.wordsOfLength(length, minFrequency)) {
      if (freq < minFrequency || !allHan(word)) continue;
      // With a context model, a correction it does not know could never win: leave it out of the index.
      if (seg.context && !seg.context.has(word)) continue;
      words.push(word);
      patterns += length;
    }
  }
  const hashes = new Int32Array(patterns);
  const wordOf = new Int32Array(patterns);
  const unknownAt = new Uint8Array(patterns);
  for (let w = 0, i = 0; w < words.length; w++) {
    const length = words[w].length;
    for (let k = 0; k < length; k++, i++) {
      hashes[i] = patternHash(words[w], 0, length, k);
      wordOf[i] = w;
      unknownAt[i] = k;
    }
  }
  // Groups numbered in the order their patterns first come; a group's unknown position is its first word's.
  let size = 1;
  while (size < patterns * 2) size <<= 1;
  const slotMask = size - 1;
  const slots = new Int32Array(2 * size).fill(-1);
  const bits = new Uint32Array(PATTERN_BITS >>> 5);
  const groupOfPattern = new Int32Array(patterns);
  const counts = new Int32Array(patterns);
  const groupK = new Uint8Array(patterns);
  let groups = 0;
  for (let i = 0; i < patterns; i++) {
    const h = hashes[i];
    let slot = h & slotMask;
    while (slots[2 * slot] >= 0 && slots[2 * slot] !== h) slot = (slot + 1) & slotMask;
    if (slots[2 * slot] < 0) {
      slots[2 * slot] = h;
      slots[2 * slot + 1] = groups;
      groupK[groups++] = unknownAt[i];
      bits[(h & (PATTERN_BITS - 1)) >>> 5] |= 1 << (h & 31);
    }
    const g = slots[2 * slot + 1];
    groupOfPattern[i] = g;
    counts[g]++;
  }
  const groupStart = new Int32Array(groups + 1);
  for (let g = 0; g < groups; g++) groupStart[g + 1] = groupStart[g] + counts[g];
  // Each group's words in the order they were indexed.
  const next = groupStart.slice(0, groups);
  const grouped: string[] = new Array<string>(patterns);
  const codes = new Uint16Array(patterns);
  for (let i = 0; i < patterns; i++) {
    const g = groupOfPattern[i];
    const at = next[g]++;
    const word = words[wordOf[i]];
    grouped[at] = word;
    codes[at] = word.charCodeAt(groupK[g]);
  }
  return { slots, slotMask, groupStart, words: grouped, codes, bits, pairs: new Map() };
}

function allHan(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isHan(word.charCodeAt(i))) return false;
  return true;
}

/** Per character code, its relation to the character being corrected (an index into KINDS, 0 for none). */
const relationOf = new Uint8Array(0x10000);
const KINDS: readonly (Candidate['kind'] | undefined)[] = [undefined, 'sound', 'near', 'shape'];

type Relations = { codes: Uint16Array; relations: Uint8Array };
/** Per typed character code, its confusions as two arrays (marking them in relationOf allocates nothing), or null. */
const relationsByCode: (Relations | null | undefined)[] = new Array(0x10000);

function relationsOf(code: number): Relations | null {
  let r = relationsByCode[code];
  if (r === undefined) {
    const kinds = confusionKinds(String.fromCharCode(code));
    r = kinds ? { codes: Uint16Array.from(kinds.keys()), relations: Uint8Array.from(kinds.values(), (k) => KINDS.indexOf(k)) } : null;
    relationsByCode[code] = r;
  }
  return r;
}

/** Every candidate correction of the character at `at` in sentence. */
export function candidatesAt(seg: Segmenter, sentence: string, at: number, minFrequency: number, shapes: boolean): Candidate[] {
  const confusions = relationsOf(sentence.charCodeAt(at));
  if (!confusions) return [];
  // The words fitting a window run to hundreds for common patterns: each is tested with one read of this table.
  const { codes, relations } = confusions;
  const shape = KINDS.indexOf('shape');
  for (let i = 0; i < codes.length; i++) if (relations[i] !== shape || shapes) relationOf[codes[i]] = relations[i];
  try {
    return fittingCandidates(seg, sentence, at, minFrequency);
  } finally {
    for (let i = 0; i < codes.length; i++) relationOf[codes[i]] = 0;
  }
}

function fittingCandidates(seg: Segmenter, sentence: string, at: number, minFrequency: number): Candidate[] {
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
      const h = patternHash(sentence, start, length, k);
      if (!(index.bits[(h & (PATTERN_BITS - 1)) >>> 5] & (1 << (h & 31)))) continue;
      const group = groupOf(index, h);
      if (group < 0) continue;
      let realWord: boolean | undefined;
      for (let j = index.groupStart[group], last = index.groupStart[group + 1]; j < last; j++) {
        const relation = relationOf[index.codes[j]];
        if (!relation) continue;
        const word = index.words[j];
        // Hashes may collide: the word must match the window everywhere but at the changed character.
        let same = true;
        for (let i = 0; i < length && same; i++) same = i === k || word.charCodeAt(i) === sentence.charCodeAt(start + i);
        if (!same) continue;
        if (realWord === undefined) realWord = seg.frequency(sentence.slice(start, end)) > 0;
        out.push({ start, end, at, word, kind: KINDS[relation]!, realWord });
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
  const first = relationsOf(typed.charCodeAt(0));
  const second = typed.length > 1 ? relationsOf(typed.charCodeAt(1)) : null;
  if (!first || !second) return [];
  const out: string[] = [];
  const next = typed.charCodeAt(1);
  const sound = KINDS.indexOf('sound');
  // The second character's sound-alikes marked in a code table, read once per word of the groups below.
  for (let i = 0; i < second.codes.length; i++) if (second.relations[i] === sound) soundOfSecond[second.codes[i]] = 1;
  const { codes, relations } = first;
  for (let i = 0; i < codes.length; i++) {
    if (relations[i] !== sound) continue;
    const code = codes[i];
    const group = groupOf(index, patternHash(String.fromCharCode(code), 0, 2, 1));
    if (group < 0) continue;
    // The group's codes are its words' second characters: a word is read only once they sound alike.
    for (let j = index.groupStart[group], last = index.groupStart[group + 1]; j < last; j++) {
      const c = index.codes[j];
      if (c === next || !soundOfSecond[c]) continue;
      const word = index.words[j];
      if (word.length === 2 && word.charCodeAt(0) === code) out.push(word);
    }
  }
  for (let i = 0; i < second.codes.length; i++) soundOfSecond[second.codes[i]] = 0;
  return out;
}

/** Per character code, whether it sounds like the second character of the pair being corrected. */
const soundOfSecond = new Uint8Array(0x10000);
