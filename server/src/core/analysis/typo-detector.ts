import type { Segmenter } from '../segment/segmenter';
import { tokensOf, type Token } from '../segment/tokens';
import type { Span } from '../model/report-document';
import { confusableWith } from './confusions';
import { TextCache } from '../text/text-cache';

export interface DetectorOptions {
  /** A single character standing alone this often is a word in its own right (的, 在), not a slip. */
  maxSingleFrequency: number;
  /** The word a correction forms must be at least this frequent in the dictionary. */
  minWordFrequency: number;
  /** How much likelier (natural log) the corrected passage must read. */
  minGain: number;
  /** Also try characters of similar shape, not only those that sound alike. */
  shapes: boolean;
  /** Extra gain a look-alike needs over a sound-alike: shapes are the weaker evidence. */
  shapePenalty: number;
}

export const DEFAULT_DETECTOR_OPTIONS: DetectorOptions = { maxSingleFrequency: 60000, minWordFrequency: 1000, minGain: 8.75, shapes: true, shapePenalty: 0.5 };

export interface TypoSuspect {
  /** The window that reads wrong (部暑), and what it should read (部署). */
  span: Span;
  wrong: string;
  right: string;
  gain: number;
}

const HAN = /^[\u4e00-\u9fff]$/;
/** Figures written in characters (十一点八, 七方面) are not words to correct. */
const NUMERAL = /[〇零一二三四五六七八九十百千万亿两点半几]/;
/** Proper-noun tags in jieba's dictionary: people, places, organisations, other names. */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz']);
/** Place and organisation names end in these; an unknown word right before one is a name, not a slip. */
/**
 * Grammatical words: a stray character beside 之 or 一 turns into 之一 or 一个 far too easily (科普之翼),
 * and a typo that lands on one is rare in official writing.
 */
const GRAMMATICAL = new Set('之一 一个 一些 一样 这个 那个 这些 那些 我们 他们 它们 可以 没有 不是 就是 还是 但是 因为 所以 如果 虽然 而且 以及 或者 什么 怎么 为了 对于 关于 通过 已经 正在 非常 一直 一起 一定 之后 之前 之间 之中 之下 之上'.split(' '));
const PLACE_END = /[省市县区镇乡村街路巷里屯寨湾庄]$/;
const NAME_SUFFIX = /^[省市县区镇乡村街路巷里屯寨湾庄园港岛山河湖江桥]|^(?:公司|集团|协会|学会|中心|大学|学院|医院|小学|中学|银行)/;

/**
 * Frequent words of two and three characters indexed by their pattern with one character unknown
 * (部? -> 部署, 部门 …), so that a suspect window is matched against the few words that fit it instead of
 * trying every sound-alike and look-alike of its character.
 */
const patternIndexes = new WeakMap<Segmenter, Map<number, Map<string, string[]>>>();

function wordsFitting(seg: Segmenter, minFrequency: number, pattern: string): string[] {
  let byFrequency = patternIndexes.get(seg);
  if (!byFrequency) patternIndexes.set(seg, (byFrequency = new Map()));
  let index = byFrequency.get(minFrequency);
  if (!index) {
    index = new Map();
    for (const length of [2, 3]) {
      for (const [word, freq] of seg.wordsOfLength(length)) {
        if (freq < minFrequency) continue;
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
  return index.get(pattern) ?? [];
}

/**
 * Finds typos nobody listed: where segmentation leaves a character on its own and changing it for one
 * that sounds or looks alike makes a frequent dictionary word and a much likelier passage (部/暑 -> 部署).
 */
export function detectTypos(
  seg: Segmenter,
  text: string,
  span: Span,
  isAllowed: (start: number, end: number) => boolean,
  options: DetectorOptions = DEFAULT_DETECTOR_OPTIONS,
): TypoSuspect[] {
  // The editor lints the same sentences again and again while one changes: remember each sentence's suspects.
  const sentence = text.slice(span.start, span.end);
  const key = `${options.minGain}|${options.minWordFrequency}|${options.maxSingleFrequency}|${options.shapes}|${options.shapePenalty}|${sentence}`;
  let cache = sentenceCaches.get(seg);
  if (!cache) sentenceCaches.set(seg, (cache = new TextCache()));
  return cache
    .get(key, () => detectInSentence(seg, sentence, options))
    .filter((s) => !isAllowed(span.start + s.span.start, span.start + s.span.end))
    .map((s) => ({ ...s, span: { start: span.start + s.span.start, end: span.start + s.span.end } }));
}

const sentenceCaches = new WeakMap<Segmenter, TextCache<TypoSuspect[]>>();

/** Suspects in one sentence, spans relative to it. */
function detectInSentence(seg: Segmenter, sentence: string, options: DetectorOptions): TypoSuspect[] {
  const span = { start: 0, end: sentence.length };
  const tokens = tokensOf(seg, sentence);
  const found: TypoSuspect[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.word.length !== 1 || !HAN.test(t.word) || seg.frequency(t.word) > options.maxSingleFrequency) continue;
    const confusable = confusableWith(t.word);
    if (!confusable) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    // A known name beside it (张三丰, 渝北区) is left alone; a lone character tagged as a surname (康, 任) is not a name.
    const isName = (tok: Token | undefined) => tok !== undefined && tok.word.length > 1 && NAME_TAGS.has(seg.tagOf(tok.word) ?? '');
    if (isName(prev) || isName(next)) continue;
    let best: TypoSuspect | undefined;
    const p = t.start;
    for (const [ws, we] of [
      [p - 1, p + 1],
      [p, p + 2],
      [p - 2, p + 1],
      [p - 1, p + 2],
      [p, p + 3],
    ]) {
      if (ws < 0 || we > sentence.length) continue;
      const window = sentence.slice(ws, we);
      if (![...window].every((c) => HAN.test(c)) || seg.frequency(window) > 0 || NUMERAL.test(window)) continue;
      if (/(.)\1/.test(window)) continue; // a doubled character is repeated-char's to report
      // Place and organisation names: right before a suffix (古路镇), or ending in one themselves (苍柏村).
      if (NAME_SUFFIX.test(sentence.slice(we)) || PLACE_END.test(window)) continue;
      // The window must not cut a word of two or more characters in half: it replaces single characters.
      if (tokens.some((o) => o.word.length > 1 && o.start < we && o.end > ws && (o.start < ws || o.end > we))) {
        if (!(we - ws === 2 && tokens.some((o) => o.end === p && o.word.length > 1))) continue;
      }
      const contextStart = Math.max(0, ws - 4);
      const contextEnd = Math.min(sentence.length, we + 4);
      const context = sentence.slice(contextStart, contextEnd);
      const before = seg.score(context);
      const pattern = window.slice(0, p - ws) + '?' + window.slice(p - ws + 1);
      for (const candidate of wordsFitting(seg, options.minWordFrequency, pattern)) {
        const c = candidate[p - ws];
        const sounds = confusable.sound.includes(c);
        if (!sounds && !(options.shapes && confusable.shape.includes(c))) continue;
        if (GRAMMATICAL.has(candidate)) continue;
        const changed = context.slice(0, p - contextStart) + c + context.slice(p - contextStart + 1);
        // The correction must be read as that word in its context, not split some other way.
        let pos = 0;
        let formsWord = false;
        for (const w of seg.cut(changed)) {
          if (pos <= p - contextStart && p - contextStart < pos + w.length && w.length >= 2) formsWord = true;
          pos += w.length;
        }
        if (!formsWord) continue;
        const gain = seg.score(changed) - before;
        const needed = options.minGain + (sounds ? 0 : options.shapePenalty);
        if (gain >= needed && (!best || gain > best.gain)) {
          best = { span: { start: span.start + ws, end: span.start + we }, wrong: window, right: candidate, gain };
        }
      }
    }
    if (best) found.push(best);
  }
  return found;
}
