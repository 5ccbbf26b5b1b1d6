import type { Segmenter } from '../segment/segmenter';
import { tokensOf } from '../segment/tokens';
import type { Span } from '../model/report-document';

/**
 * Whether a listed wrong form is really two words of a correct reading meeting at its middle: 严历 inside
 * 庄严历史 is 庄严 + 历史. The segmenter cuts inside the match, and the words on both sides of the cut reach
 * beyond it.
 */
export function splitsWords(seg: Segmenter, text: string, span: Span): boolean {
  const from = Math.max(0, span.start - 8);
  const to = Math.min(text.length, span.end + 8);
  const tokens = tokensOf(seg, text, from, to);
  for (let k = 1; k < tokens.length; k++) {
    const cut = tokens[k].start;
    if (cut <= span.start || cut >= span.end) continue;
    const left = tokens[k - 1];
    const right = tokens[k];
    if (left.word.length > 1 && right.word.length > 1 && left.start < span.start && right.end > span.end) return true;
  }
  return false;
}
