import type { ContextModel } from '../segment/context-model';
import type { Segmenter } from '../segment/segmenter';
import { tokensOf, type Token } from '../segment/tokens';
import { candidatesAt, pairCandidatesAt, type Candidate } from './typo-candidates';
import { writtenElsewhere } from './typo-decision';
import type { DetectorOptions, ScoredCandidate } from './typo-options';
import { completesSetPhrase } from './set-phrases';
import { leavesLoneCharacter, rareSlipPossible } from './typo-rare';
import { onlyOddSpot } from './typo-plain-prose';
import { isBasicHanCode } from '../text/chars';

export { decide, evidence, recurs } from './typo-decision';
export { DEFAULT_DETECTOR_OPTIONS, type DetectorOptions, type ScoredCandidate, type TypoSuspect } from './typo-options';

/** Figures written in characters (十一点八, 七方面) are not words to correct; 点 is one only after a figure (试点 is a word). */
const NUMERAL = /[〇零一二三四五六七八九十百千万亿两半几]|(?<=[〇零一二三四五六七八九十百千万亿两0-9０-９])点/y;
/** A character right after a figure is read as its measure word (15种小企业), not as part of a word to mend. */
const FIGURE = /[0-9０-９〇零一二三四五六七八九十百千万亿两几]/;
/** Whether sentence[start, end) holds a figure in characters: 点 only after a figure (十一点八), not in 试点. */
function holdsFigure(sentence: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    NUMERAL.lastIndex = i;
    if (NUMERAL.test(sentence)) return true;
  }
  return false;
}
/** Proper-noun tags in jieba's dictionary: people, places, organisations, other names. */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz']);
/**
 * Grammatical words: a stray character beside 之 or 一 turns into 之一 or 一个 far too easily (科普之翼),
 * and a typo that lands on one is rare in official writing.
 */
const GRAMMATICAL = new Set(
  '之一 一个 一些 一样 这个 那个 这些 那些 我们 他们 它们 可以 没有 不是 就是 还是 但是 因为 所以 如果 虽然 而且 以及 或者 什么 怎么 为了 对于 关于 通过 已经 正在 非常 一直 一起 一定 之后 之前 之间 之中 之下 之上'.split(
    ' ',
  ),
);
/** Place and organisation names end in these; an unknown word right before one is a name, not a slip. */
const PLACE_END = /[省市县区镇乡村街路巷里屯寨湾庄]$/;
const NAME_SUFFIX = /[省市县区镇乡村街路巷里屯寨湾庄园港岛山河湖江桥]|公司|集团|协会|学会|中心|大学|学院|医院|小学|中学|银行/y;
/**
 * A short term in quotation marks is a name the writer chose (“村会合作”项目, “猎狐”, “双反”): coinages of
 * official prose are introduced exactly so, and a slip inside one is rare.
 */
const QUOTED_TERM = /[“‘「『"]([^“”‘’「」『』"，。；：！？、\s]{1,8})[”’」』"]/g;
/** Characters of context the clause is scored with on each side of the window. */
const REACH = 4;

/**
 * The context model's scores of the passages scored, kept across sentences: a correction and its window alone
 * (中心, 忠心) recur through a document and its clauses too: on the reports of the corpus, fewer than half the
 * passages asked for are new.
 * Bounded like the editor's other memos. The passages are at most a window and REACH characters on each side,
 * too short for V8 to keep them as slices of a document: no key holds a document's text alive.
 */
const remembered = new WeakMap<ContextModel, Map<string, number>>();
const MAX_REMEMBERED_SCORES = 100_000;
function contextMemo(model: ContextModel | undefined): Map<string, number> {
  if (!model) return new Map();
  let scores = remembered.get(model);
  if (!scores) remembered.set(model, (scores = new Map()));
  return scores;
}

/** The check that dropped a candidate before scoring, or the position left unexamined (for bench/typo-misses.ts). */
export type DropGate = 'not a suspect' | 'names and numerals' | 'window cuts a word' | 'unigram gate' | 'context gain';
export type DropTrace = (at: number, gate: DropGate, c?: Candidate) => void;

/** Every candidate of a sentence that passes the cheap checks, with its gains; `trace` hears of each one dropped. */
export function scoreCandidates(seg: Segmenter, sentence: string, o: DetectorOptions, trace?: DropTrace): ScoredCandidate[] {
  const tokens = tokensOf(seg, sentence);
  const tokenAt: Token[] = [];
  for (const t of tokens) for (let i = t.start; i < t.end; i++) tokenAt[i] = t;
  // A word's frequency and whether it is a name are asked of each of its characters and again per candidate: per
  // token, looked up once (by the token's first character).
  const tokenFrequency = new Float64Array(sentence.length).fill(-1);
  const frequencyOf = (t: Token) => {
    let f = tokenFrequency[t.start];
    if (f < 0) tokenFrequency[t.start] = f = seg.frequency(t.word);
    return f;
  };
  const tokenIsName = new Int8Array(sentence.length).fill(-1);
  const isName = (t: Token | undefined) => {
    if (t === undefined || t.word.length <= 1) return false;
    if (tokenIsName[t.start] < 0) tokenIsName[t.start] = NAME_TAGS.has(seg.tagOf(t.word) ?? '') ? 1 : 0;
    return tokenIsName[t.start] === 1;
  };
  const isHan = (at: number) => isBasicHanCode(sentence.charCodeAt(at));
  const out: ScoredCandidate[] = [];
  // The passage as written is scored once for all the candidates that share it (offsets stay below 2^24: input is at most 16 MB).
  const unigramScores = new Map<number, number>();
  const unigramScore = (from: number, to: number) => {
    let v = unigramScores.get(from * 2 ** 24 + to);
    if (v === undefined) unigramScores.set(from * 2 ** 24 + to, (v = seg.score(sentence.slice(from, to))));
    return v;
  };
  const contextScores = contextMemo(seg.context);
  const contextScore = (s: string) => {
    let v = contextScores.get(s);
    if (v === undefined) {
      if (contextScores.size >= MAX_REMEMBERED_SCORES) contextScores.clear();
      contextScores.set(s, (v = seg.context!.score(s)));
    }
    return v;
  };
  const isOnlyOddSpot = onlyOddSpot(seg, sentence, tokenAt, o.maxOddFrequency, o.maxSingleFrequency);
  const quoted = new Uint8Array(sentence.length);
  for (const m of sentence.matchAll(QUOTED_TERM)) quoted.fill(1, m.index + 1, m.index + 1 + m[1].length);
  // A character's own frequency is asked of a position up to three times and per candidate: looked up once.
  const charFrequencies = new Float64Array(sentence.length).fill(-1);
  const charFrequency = (at: number) => {
    let f = charFrequencies[at];
    if (f < 0) charFrequencies[at] = f = seg.frequency(sentence[at]);
    return f;
  };
  const isRare = (at: number) => charFrequency(at) < o.minTypedFrequency;
  let rareCount = -1; // how many rare characters the sentence holds, counted once one is met
  const countRare = () => {
    if (rareCount < 0) {
      rareCount = 0;
      for (let i = 0; i < sentence.length; i++) if (isHan(i) && isRare(i)) rareCount++;
    }
    return rareCount;
  };
  // Only where the text reads oddly: a character left on its own, or a rare word (most of a sentence is neither).
  const suspects = new Int8Array(sentence.length).fill(-1); // asked of a position twice (as at + 1 of a pair): judged once
  const suspect = (at: number): boolean => (suspects[at] < 0 ? (suspects[at] = judgeSuspect(at) ? 1 : 0) : suspects[at]) === 1;
  const judgeSuspect = (at: number): boolean => {
    const own = tokenAt[at];
    if (!own || !isHan(at) || quoted[at]) return false;
    const f = frequencyOf(own);
    const odd =
      own.word.length === 1
        ? f <= o.maxCommonSingleFrequency
        : own.word.length === 2
          ? f < o.suspectWordFrequency
          : own.word.length === 3 && f < o.suspectWordFrequency / 10;
    if (!odd) return false;
    // A rare character only with the context model to judge, and only where it is the odd one out.
    if (isRare(at) && !(seg.context && countRare() === 1 && rareSlipPossible(seg, sentence, at, tokenAt))) return false;
    // A known name (张三丰, 渝北区) is left alone, and so is a character beside one.
    return !(isName(own) || (own.word.length === 1 && (isName(tokenAt[at - 1]) || isName(tokenAt[at + 1]))));
  };
  const consider = (c: Candidate) => {
    const window = sentence.slice(c.start, c.end);
    const drop = (gate: DropGate) => trace?.(c.at, gate, c);
    if (c.kind !== 'sound' && charFrequency(c.at) > o.soundOnlyFrequency) return drop('not a suspect');
    // Figures in characters and the commonest function words fit almost anywhere: such a window makes a strong
    // finding only (with the context model), never a hint (进七步 for 进一步 is a slip, 七方面 no 各方面).
    const fitsAnywhere = holdsFigure(sentence, c.start, c.end) || GRAMMATICAL.has(c.word);
    if ((fitsAnywhere && !seg.context) || /(.)\1/.test(window)) return drop('names and numerals');
    // A name ends in a place or organisation word standing on its own (渝北|区); a suffix character that begins a
    // longer word (要素|市场) is none, nor is one the correction joins into a word (开发区).
    NAME_SUFFIX.lastIndex = c.end;
    if (NAME_SUFFIX.test(sentence) && tokenAt[c.end].start === c.end && tokenAt[c.end].end === NAME_SUFFIX.lastIndex)
      if (!(seg.frequency(c.word + sentence.slice(c.end, NAME_SUFFIX.lastIndex)) > 0)) return drop('names and numerals');
    // A window ending in a place character is a name (…村, …县) unless its first character changed makes a common
    // word ending there (缔区 for 地区, 哝村 for 农村).
    if (PLACE_END.test(window) && !(c.at === c.start && !NAME_TAGS.has(seg.tagOf(c.word) ?? ''))) return drop('names and numerals');
    if (c.at === c.start && c.start > 0 && FIGURE.test(sentence[c.start - 1])) return drop('names and numerals');
    // A rare character comes from a shape-based input, handwriting or a wrong pick among its sound-alikes, not from
    // a misheard reading as well: a near sound would be two slips in one (勠力同心 is no 努力).
    if (isRare(c.at) && c.kind === 'near') return drop('names and numerals');
    // The window must not cut a common word or an idiom of the sentence in half (五保户 is not 五 + 保护, 正意气风发
    // not 在意), only a rare shorter one or the suspect character's own.
    const cuts = (t: Token) =>
      t.word.length > 1 &&
      (t.start < c.start || t.end > c.end) &&
      !(t.start <= c.at && c.at < t.end) &&
      (frequencyOf(t) >= o.cutWordFrequency || t.word.length >= 4);
    if (cuts(tokenAt[c.start]) || cuts(tokenAt[c.end - 1])) return drop('window cuts a word');
    const replaced = (from: number, to: number) => {
      const s = sentence.slice(from, to);
      return s.slice(0, c.start - from) + c.word + s.slice(c.end - from);
    };
    const from = Math.max(0, c.start - 4);
    const to = Math.min(sentence.length, c.end + 4);
    // Such a window is examined only where it reads unlikely by itself, not merely less likely than a commoner word.
    if (fitsAnywhere && contextScore(c.word) - contextScore(window) < o.minAnywhereIsolatedGain) return drop('names and numerals');
    const unigramGain = seg.score(replaced(from, to)) - unigramScore(from, to);
    let contextGain = NaN;
    let isolatedGain = NaN;
    if (seg.context) {
      // The cheaper model first: where it disagrees, the decision rejects the candidate whatever the context says.
      if (unigramGain < o.minUnigramGain) return drop('unigram gate');
      let a = c.start;
      let b = c.end;
      while (a > 0 && c.start - a < REACH && isHan(a - 1)) a--;
      while (b < sentence.length && b - c.end < REACH && isHan(b)) b++;
      contextGain = contextScore(replaced(a, b)) - contextScore(sentence.slice(a, b));
      if (contextGain < (fitsAnywhere ? o.strongGain : 2)) return drop('context gain'); // below any threshold it could reach
      if ((isRare(c.at) || fitsAnywhere) && leavesLoneCharacter(seg, sentence, c, o.maxSingleFrequency)) return drop('names and numerals');
      isolatedGain = contextScore(c.word) - contextScore(window);
    }
    const setPhrase = completesSetPhrase(sentence, c.start, c.end, c.word);
    const own = tokenAt[c.at];
    out.push({
      ...c,
      commonChar: own.word.length === 1 && frequencyOf(own) > o.maxSingleFrequency,
      strongOnly: fitsAnywhere,
      contextGain,
      unigramGain,
      isolatedGain,
      setPhrase,
      plainSlip: !c.realWord && !c.pair && seg.frequency(c.word) >= o.suspectWordFrequency && isOnlyOddSpot(c.start, c.end),
      writtenElsewhere: writtenElsewhere(sentence, c),
      tag: seg.tagOf(c.word) ?? '',
      ownWord: tokenAt[c.at].word,
      original: window,
    });
  };
  for (let at = 0; at < sentence.length; at++) {
    if (!suspect(at)) {
      trace?.(at, 'not a suspect');
      continue;
    }
    for (const c of candidatesAt(seg, sentence, at, o.minWordFrequency, o.shapes)) consider(c);
    // Two slips side by side, both characters of a word typed as others of the same sound: two characters left on
    // their own, or a rare two-character word (淡味 for 单位). Both changed at once, only with the context model to judge.
    const own = tokenAt[at];
    const pairable = (own.word.length === 1 && tokenAt[at + 1]?.word.length === 1) || (own.start === at && own.word.length === 2);
    if (seg.context && o.pairPenalty < Infinity && pairable && !isRare(at) && !isRare(at + 1) && suspect(at + 1))
      for (const c of pairCandidatesAt(seg, sentence, at, o.minWordFrequency)) consider(c);
  }
  return out;
}
