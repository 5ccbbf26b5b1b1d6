import type { Segmenter } from '../segment/segmenter';
import { isBasicHanCode } from '../text/chars';

export const LENGTHS = [2, 3, 4];

/**
 * Dictionary words of two to four characters indexed by their pattern with one character unknown (部? -> 部署,
 * 部门 …), built once per segmenter and frequency floor. The key is a number hashed from the pattern's
 * characters, so that a sentence's windows are looked up without building a string for each.
 */
export interface PatternIndex {
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

/** The group of the words fitting a pattern hash, or -1; the bit filter answers most windows before the table. */
export function groupOf(index: PatternIndex, hash: number): number {
  if (!(index.bits[(hash & (PATTERN_BITS - 1)) >>> 5] & (1 << (hash & 31)))) return -1;
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
export function patternHash(text: string, start: number, length: number, k: number): number {
  let h = length * 8 + k;
  for (let i = 0; i < length; i++) if (i !== k) h = (Math.imul(h, 0x01000193) ^ text.charCodeAt(start + i)) & 0x3fffffff;
  return h;
}

export function patternIndex(seg: Segmenter, minFrequency: number): PatternIndex {
  let byFrequency = patternIndexes.get(seg);
  if (!byFrequency) patternIndexes.set(seg, (byFrequency = new Map()));
  let index = byFrequency.get(minFrequency);
  if (!index) byFrequency.set(minFrequency, (index = buildPatternIndex(seg, minFrequency)));
  return index;
}

function buildPatternIndex(seg: Segmenter, minFrequency: number): PatternIndex {
  const words: string[] = [];
  for (const length of LENGTHS) {
    for (const [word, freq] of seg.wordsOfLength(length, minFrequency)) {
      if (freq < minFrequency || !allHan(word)) continue;
      // With a context model, a correction it does not know could never win: leave it out of the index.
      if (seg.context && !seg.context.has(word)) continue;
      words.push(word);
    }
  }
  return indexWords(words);
}

/** Words (of LENGTHS characters) by their patterns, each group's words in the order given. */
export function indexWords(words: readonly string[]): PatternIndex {
  // Per pattern (a word with one character left out) its hash and the word's number.
  let patterns = 0;
  for (const word of words) patterns += word.length;
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
  for (let i = 0; i < word.length; i++) if (!isBasicHanCode(word.charCodeAt(i))) return false;
  return true;
}
