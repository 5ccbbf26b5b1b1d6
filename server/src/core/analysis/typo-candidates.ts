import type { Segmenter } from '../segment/segmenter';
import { confusionKinds } from './confusions';
import { groupOf, indexWords, LENGTHS, patternHash, patternIndex, type PatternIndex } from './typo-pattern-index';
import { isBasicHanCode } from '../text/chars';
import corpusWords from '../data/corpus-words.json';

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
  const corpus = corpusPatterns(seg, minFrequency);
  const out: Candidate[] = [];
  const corpusFits: Candidate[] = [];
  for (const length of LENGTHS) {
    for (let k = 0; k < length; k++) {
      const start = at - k;
      const end = start + length;
      if (start < 0 || end > sentence.length) continue;
      let allHan = true;
      for (let i = start; i < end && allHan; i++) allHan = isBasicHanCode(sentence.charCodeAt(i));
      if (!allHan) continue;
      const h = patternHash(sentence, start, length, k);
      const group = groupOf(index, h);
      const corpusGroup = groupOf(corpus, h);
      if (group < 0 && corpusGroup < 0) continue;
      const fits = { seg, sentence, start, end, at, k, realWord: undefined as boolean | undefined };
      addFitting(out, fits, index, group);
      addFitting(corpusFits, fits, corpus, corpusGroup);
    }
  }
  // A corpus word only fills a gap: where a dictionary word makes the same change (试点 beside 试点工作), the
  // change has its candidate, and a longer window would only claim more of the sentence than the slip.
  for (const c of corpusFits) {
    const changed = c.word.charCodeAt(at - c.start);
    if (!out.some((d) => d.word.charCodeAt(at - d.start) === changed)) out.push(c);
  }
  return out;
}

/** The words of a group (none for -1) that fit the window with its character changed for a related one. */
function addFitting(out: Candidate[], w: Window, index: PatternIndex, group: number): void {
  if (group < 0) return;
  for (let j = index.groupStart[group], last = index.groupStart[group + 1]; j < last; j++) {
    const relation = relationOf[index.codes[j]];
    if (relation) addIfFits(out, w, index.words[j], relation);
  }
}

interface Window {
  seg: Segmenter;
  sentence: string;
  start: number;
  end: number;
  at: number;
  /** The changed character's place in the window. */
  k: number;
  /** Whether the window as written is a dictionary word, read once a word fits it. */
  realWord: boolean | undefined;
}

function addIfFits(out: Candidate[], w: Window, word: string, relation: number): void {
  // Hashes may collide: the word must match the window everywhere but at the changed character.
  for (let i = 0; i < word.length; i++) if (i !== w.k && word.charCodeAt(i) !== w.sentence.charCodeAt(w.start + i)) return;
  if (w.realWord === undefined) w.realWord = w.seg.frequency(w.sentence.slice(w.start, w.end)) > 0;
  out.push({ start: w.start, end: w.end, at: w.at, word, kind: KINDS[relation]!, realWord: w.realWord });
}

/**
 * The words official prose uses often though the dictionary rates them under the frequency floor (产学研, mined from
 * published reports by scripts/build-corpus-words.ts), and those the context model reads as likely as a word at
 * the floor (党的领导), by pattern hash as in the pattern index: the floor keeps rare words from fitting
 * everywhere, and these are not rare in the prose this linter reads.
 */
function corpusPatterns(seg: Segmenter, minFrequency: number): PatternIndex {
  let byFrequency = corpusIndexes.get(seg);
  if (!byFrequency) corpusIndexes.set(seg, (byFrequency = new Map()));
  let patterns = byFrequency.get(minFrequency);
  if (!patterns) {
    // Corpus words are held to the pattern index's rule (with a context model, one it knows as a word); the model's
    // own words were chosen by how it reads them (党的领导 as its words), and serve only where it is loaded.
    const corpus = corpusWords.words.split(' ').filter((word) => !seg.context || seg.context.has(word));
    const words = new Set(seg.context ? [...corpus, ...corpusWords.modelWords.split(' ')] : corpus);
    patterns = indexWords([...words].filter((word) => LENGTHS.includes(word.length) && seg.frequency(word) < minFrequency));
    byFrequency.set(minFrequency, patterns);
  }
  return patterns;
}
const corpusIndexes = new WeakMap<Segmenter, Map<number, PatternIndex>>();

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
