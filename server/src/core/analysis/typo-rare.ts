import type { Segmenter } from '../segment/segmenter';
import { tokensOf, type Token } from '../segment/tokens';
import type { Candidate } from './typo-candidates';
import { BASIC_HAN } from '../text/chars';

/** Characters of the passage re-read around a corrected window. */
const REACH = 4;

/**
 * Whether a character too rare to be typed by sound (below minTypedFrequency) may still be a slip: shape-based
 * input (五笔), handwriting and OCR put exactly such characters into ordinary prose (发搌 for 发展, 全囯 for 全国).
 * It is evidence by itself only where it is the odd one out: a lone rare character that forms no dictionary word
 * with its neighbours, in a sentence that has no other rare character (the caller counts them). Where rare
 * characters gather the text is written in another register on purpose (traditional script, a classical
 * quotation, a formula, a list of names), and a rare character inside a word the dictionary knows (傈僳族, 亳州)
 * is that word's own.
 */
export function rareSlipPossible(seg: Segmenter, sentence: string, at: number, tokenAt: readonly Token[]): boolean {
  if (tokenAt[at].word.length !== 1) return false;
  // Any word of the dictionary through it, whichever way the window is segmented.
  for (let start = Math.max(0, at - 3); start <= at; start++)
    for (let end = Math.max(at + 1, start + 2); end <= Math.min(sentence.length, start + 4); end++)
      if (seg.frequency(sentence.slice(start, end)) > 0) return false;
  return true;
}

/**
 * Whether a correction leaves a lone character beside its word. A slip mended gives back ordinary prose, words
 * joined to words, whereas a name mended into a word leaves the rest of the name behind (孙犇文 is no 孙 + 本文,
 * 石小頔 no 石 + 小弟), and a function word forced into a passage leaves its neighbour stranded (病疫有 is no
 * 病 + 没有). Frequent characters (的, 等, 在) are words in their own right. Asked of the corrections that need it:
 * of rare characters, and of windows that would fit almost anywhere (figures, function words).
 */
export function leavesLoneCharacter(seg: Segmenter, sentence: string, c: Candidate, maxSingleFrequency: number): boolean {
  const from = Math.max(0, c.start - REACH);
  const to = Math.min(sentence.length, c.end + REACH);
  const tokens = tokensOf(seg, sentence.slice(from, c.start) + c.word + sentence.slice(c.end, to));
  const lone = (t: Token | undefined) => isLoneCharacter(seg, t, maxSingleFrequency);
  return lone(tokens.find((t) => t.end + from === c.start)) || lone(tokens.find((t) => t.start + from === c.end));
}

/** A token of one Han character seen as a word of its own at most maxFrequency times: a character out of its word. */
export function isLoneCharacter(seg: Segmenter, t: Token | undefined, maxFrequency: number): boolean {
  return t !== undefined && t.word.length === 1 && BASIC_HAN.test(t.word) && seg.frequency(t.word) <= maxFrequency;
}
