import type { WordDictionary } from './dictionary';
import { FNV_OFFSET, FNV_PRIME } from './prefix-table';
import type { Segmenter } from './segmenter';
import { LONGER_ENTRY_BITS, ShortWords } from './short-words';

/** cppjieba's separators: never part of a word, always a token of their own. */
function isSeparator(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xff0c /* ， */ || code === 0x3002; /* 。 */
}

/**
 * jieba's maximum-probability segmentation without HMM (cppjieba's MPSegment, which nodejieba runs for
 * cut(text, false)), in plain JavaScript over a WordDictionary: each character is scored by the best path
 * of dictionary words from it to the end, log(freq / total) a word, the rarest word's weight for an unknown character.
 */
export class DagSegmenter implements Segmenter {
  private readonly logTotal: number;
  private readonly minWeight: number;
  private readonly short: ShortWords;

  constructor(private readonly dict: WordDictionary) {
    this.logTotal = Math.log(dict.total);
    // Read straight from the tables: slicing every word out to compare frequencies took most of a worker's start.
    this.minWeight = Math.log(dict.minFrequency(Math.min(dict.maxLength, 4))) - this.logTotal;
    this.short = new ShortWords(dict, this.logTotal, this.minWeight);
  }

  /** Reused between calls: segmentation allocates nothing per run. */
  private weight = new Float64Array(256);
  private step = new Int32Array(256);

  cut(text: string): string[] {
    const out: string[] = [];
    let from = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || isSeparator(text.charCodeAt(i))) {
        if (i > from) this.cutRun(text, from, i, out);
        if (i < text.length) out.push(text[i]);
        from = i + 1;
      }
    }
    return out;
  }

  score(text: string): number {
    let total = 0;
    let from = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || isSeparator(text.charCodeAt(i))) {
        if (i > from) total += this.route(text, from, i).weight[0];
        from = i + 1;
      }
    }
    return total;
  }

  private cutRun(text: string, start: number, end: number, out: string[]): void {
    const { step } = this.route(text, start, end);
    for (let i = 0; i < end - start; i += step[i]) out.push(text.slice(start + i, start + i + step[i]));
  }

  /** The best path from each position to the end of the run: its weight and the length of its first word. */
  private route(text: string, start: number, end: number): { weight: Float64Array; step: Int32Array } {
    const n = end - start;
    if (this.weight.length < n + 1) {
      this.weight = new Float64Array(2 * n + 2);
      this.step = new Int32Array(2 * n + 2);
    }
    const weight = this.weight;
    const step = this.step;
    weight[n] = 0;
    const maxLen = this.dict.maxLength;
    // The first level's arrays read inline (ShortWords): this loop runs for every character segmented.
    const { singleWeight, longerEntries } = this.short;
    for (let i = n - 1; i >= 0; i--) {
      // The single character is always a candidate (an unknown one at the rarest word's weight); longer ones only
      // while the dictionary has the prefix.
      const first = text.charCodeAt(start + i);
      let best = singleWeight[first] + weight[i + 1];
      let bestLen = 1;
      let h = Math.imul(FNV_OFFSET ^ first, FNV_PRIME);
      for (let len = 2; len <= maxLen && i + len <= n; len++) {
        h = Math.imul(h ^ text.charCodeAt(start + i + len - 1), FNV_PRIME);
        // ShortWords.mayHaveEntry, written out: this loop is the segmenter's hottest.
        const bit = (h >>> 0) & (LONGER_ENTRY_BITS - 1);
        if (!(longerEntries[bit >>> 5] & (1 << (bit & 31)))) break;
        const e = this.dict.entryAt(text, start + i, len, h >>> 0);
        if (e < 0) break;
        const logFreq = this.dict.entryLogFrequency(e);
        if (logFreq === -Infinity) continue; // a prefix only
        const w = logFreq - this.logTotal + weight[i + len];
        if (w > best) {
          best = w;
          bestLen = len;
        }
      }
      weight[i] = best;
      step[i] = bestLen;
    }
    return { weight, step };
  }

  frequency(word: string): number {
    return this.dict.frequency(word);
  }

  tagOf(word: string): string | undefined {
    return this.dict.tagOf(word);
  }

  wordsOfLength(length: number, minFrequency?: number): Iterable<[string, number]> {
    return this.dict.wordsOfLength(length, minFrequency);
  }

  visitWordsOfLength(length: number, visit: (chars: string, start: number, frequency: number) => void): void {
    this.dict.visitWordsOfLength(length, visit);
  }
}
