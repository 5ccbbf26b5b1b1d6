import type { Segmenter } from '../segment/segmenter';
import type { Token } from '../segment/tokens';
import { isLoneCharacter } from './typo-rare';

/**
 * Whether a window is the one break of plain prose: the only odd spot of its sentence, flanked by words. A slip
 * breaks one word among ordinary ones. Where characters stand alone out of their words elsewhere in the sentence
 * (a single character the dictionary seldom sees as a word of its own, at most `maxOddFrequency`), it is written in
 * a register the models do not know — a name spelt out (伍柏麟), a classical turn (乘槎入银河), an abbreviation
 * (环认委), a coined parallel (以文塑旅、以旅彰文) — and where a lone character that is no common word in its own
 * right (at most `maxSingleFrequency`, as for a suspect) runs on beside the window, the break is longer than one
 * word: a compressed coinage (接|诉|即|办). A commoner word read into either says little of what was meant.
 * The sentence is counted once, on the first question.
 */
export function onlyOddSpot(
  seg: Segmenter,
  sentence: string,
  tokenAt: readonly Token[],
  maxOddFrequency: number,
  maxSingleFrequency: number,
): (start: number, end: number) => boolean {
  let oddBefore: Int32Array | undefined;
  const lone = (t: Token | undefined, maxFrequency: number) => isLoneCharacter(seg, t, maxFrequency);
  return (start, end) => {
    if (!oddBefore) {
      oddBefore = new Int32Array(sentence.length + 1);
      for (let i = 0; i < sentence.length; i++) oddBefore[i + 1] = oddBefore[i] + (lone(tokenAt[i], maxOddFrequency) ? 1 : 0);
    }
    if (oddBefore[sentence.length] !== oddBefore[end] - oddBefore[start]) return false;
    return !lone(tokenAt[start - 1], maxSingleFrequency) && !lone(tokenAt[end], maxSingleFrequency);
  };
}
