import type { WordDictionary } from './dictionary';
import { FNV_OFFSET, FNV_PRIME } from './prefix-table';

/** Bits of the filter of longer entries: 512 KB, about one bit in eight set by jieba's dictionary. */
export const LONGER_ENTRY_BITS = 1 << 22;

/**
 * A small first level in front of a WordDictionary's hash table, for the segmenter's inner loop: it asks at every
 * position for the single character's weight, and for two or three characters whether any word starts so (mostly
 * none does). The hash table answers both with random reads into 20 MB; these tables are 512 KB each, answer the
 * first exactly and rule out most of the second, so the large table is read only where a word may be.
 */
export class ShortWords {
  /**
   * Per UTF-16 code, the weight of that character as a word of its own, log(frequency) - logTotal as the segmenter
   * computes it, or `unknownWeight` where the dictionary has no such word (or the character only begins words).
   */
  readonly singleWeight = new Float64Array(0x10000);
  /** A bit per FNV-1a hash (modulo LONGER_ENTRY_BITS) of every entry (word or prefix) of two or more characters. */
  readonly longerEntries = new Int32Array(LONGER_ENTRY_BITS >>> 5);

  constructor(dict: WordDictionary, logTotal: number, unknownWeight: number) {
    this.singleWeight.fill(unknownWeight);
    const { blob, offsets, lengths, entryCount } = dict.tables();
    for (let e = 0; e < entryCount; e++) {
      const from = offsets[e];
      if (lengths[e] === 1) {
        const logFreq = dict.entryLogFrequency(e);
        this.singleWeight[blob.charCodeAt(from)] = logFreq === -Infinity ? unknownWeight : logFreq - logTotal;
        continue;
      }
      let h = FNV_OFFSET;
      for (let k = 0; k < lengths[e]; k++) h = Math.imul(h ^ blob.charCodeAt(from + k), FNV_PRIME);
      const bit = (h >>> 0) & (LONGER_ENTRY_BITS - 1);
      this.longerEntries[bit >>> 5] |= 1 << (bit & 31);
    }
  }

  /** False only where no entry of two or more characters has this FNV-1a hash (as fnv1a computes it). */
  mayHaveEntry(hash: number): boolean {
    const bit = hash & (LONGER_ENTRY_BITS - 1);
    return (this.longerEntries[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}
