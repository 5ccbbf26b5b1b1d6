/** A built dictionary's tables, to be saved and loaded again without building (WordDictionary.fromTables). */
export interface DictionaryTables {
  blob: string;
  offsets: Int32Array;
  lengths: Uint8Array;
  freqs: Int32Array;
  tagIds: Uint8Array;
  tags: string[];
  table: Int32Array;
  entryCount: number;
  size: number;
  total: number;
  maxLength: number;
}

/**
 * A jieba-format dictionary ("word freq tag" a line) held compactly: all words in one string, and an
 * open-addressing hash table over words and their prefixes (a prefix lets a lookup stop early, as jieba's
 * own prefix dictionary does). About 30 MB for jieba's 349,000 words, where a Map of them takes over 100 MB.
 */
export class WordDictionary {
  private readonly blob: string;
  /** Per entry: offset into blob, length, frequency (0 = only a prefix of longer words), tag index. */
  private readonly offsets: Int32Array;
  private readonly lengths: Uint8Array;
  private readonly freqs: Int32Array;
  private readonly tagIds: Uint8Array;
  private readonly tags: string[] = [];
  private readonly table: Int32Array;
  private readonly mask: number;
  private entryCount = 0;
  /** Number of words (not prefixes). */
  readonly size: number;
  readonly total: number;
  readonly maxLength: number;

  /**
   * `source`: the dictionary's text, or tables it was built into before. `extraWords`: words to know besides
   * the source text's (a user dictionary); without a frequency they get the median one.
   */
  constructor(source: string | DictionaryTables, extraWords: readonly string[] = []) {
    if (typeof source !== 'string') {
      ({ blob: this.blob, offsets: this.offsets, lengths: this.lengths, freqs: this.freqs, tagIds: this.tagIds } = source);
      ({ table: this.table, entryCount: this.entryCount, size: this.size, total: this.total, maxLength: this.maxLength } = source);
      this.tags = [...source.tags];
      this.mask = this.table.length - 1;
      return;
    }
    const words: string[] = [];
    const freqList: number[] = [];
    const tagList: number[] = [];
    const tagIndex = new Map<string, number>();
    let total = 0;
    let maxLength = 1;
    const add = (word: string | undefined, freq: number, tag = '') => {
      if (!word || word.length > 255) return;
      words.push(word);
      freqList.push(freq);
      total += freq;
      maxLength = Math.max(maxLength, word.length);
      if (!tagIndex.has(tag)) {
        tagIndex.set(tag, this.tags.length);
        this.tags.push(tag);
      }
      tagList.push(tagIndex.get(tag)!);
    };
    let lineStart = 0;
    while (lineStart < source.length) {
      let lineEnd = source.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = source.length;
      const [word, freqText, tag] = source.slice(lineStart, lineEnd).trim().split(/\s+/);
      lineStart = lineEnd + 1;
      add(word, Number(freqText) || 1, tag);
    }
    if (extraWords.length) {
      const sorted = [...freqList].sort((a, b) => a - b);
      const median = sorted[sorted.length >> 1] ?? 1;
      for (const line of extraWords) {
        const [word, freqText, tag] = line.trim().split(/\s+/);
        add(word, Number(freqText) || median, tag);
      }
    }
    this.size = words.length;
    this.total = total;
    this.maxLength = maxLength;
    this.blob = words.join('');
    let prefixCount = 0;
    for (const w of words) prefixCount += w.length - 1;
    const capacityEntries = words.length + prefixCount;
    this.offsets = new Int32Array(capacityEntries);
    this.lengths = new Uint8Array(capacityEntries);
    this.freqs = new Int32Array(capacityEntries);
    this.tagIds = new Uint8Array(capacityEntries);
    let cap = 1;
    while (cap < capacityEntries * 1.5) cap <<= 1;
    this.mask = cap - 1;
    this.table = new Int32Array(cap).fill(-1);
    let at = 0;
    words.forEach((w, i) => {
      for (let len = 1; len <= w.length; len++) {
        const isWord = len === w.length;
        this.insert(at, len, isWord ? freqList[i] : 0, isWord ? tagList[i] : 0);
      }
      at += w.length;
    });
  }

  /** What fromTables needs to rebuild this dictionary, as it is. */
  tables(): DictionaryTables {
    const { blob, offsets, lengths, freqs, tagIds, tags, table, entryCount, size, total, maxLength } = this;
    return { blob, offsets, lengths, freqs, tagIds, tags, table, entryCount, size, total, maxLength };
  }

  private insert(offset: number, length: number, freq: number, tag: number): void {
    let h = 0x811c9dc5;
    for (let k = 0; k < length; k++) h = Math.imul(h ^ this.blob.charCodeAt(offset + k), 0x01000193);
    let slot = (h >>> 0) & this.mask;
    for (;;) {
      const e = this.table[slot];
      if (e === -1) break;
      if (this.lengths[e] === length && this.sameText(e, this.blob, offset)) {
        if (freq > 0) {
          this.freqs[e] = freq; // a later duplicate line wins, and a word outranks a prefix
          this.tagIds[e] = tag;
        }
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    const e = this.entryCount++;
    this.offsets[e] = offset;
    this.lengths[e] = length;
    this.freqs[e] = freq;
    this.tagIds[e] = tag;
    this.table[slot] = e;
  }

  private sameText(entry: number, text: string, start: number): boolean {
    const off = this.offsets[entry];
    const len = this.lengths[entry];
    for (let k = 0; k < len; k++) if (this.blob.charCodeAt(off + k) !== text.charCodeAt(start + k)) return false;
    return true;
  }

  /** The entry for text[start, start + length) given its FNV-1a hash, or -1. */
  entryAt(text: string, start: number, length: number, hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const e = this.table[slot];
      if (e === -1) return -1;
      if (this.lengths[e] === length && this.sameText(e, text, start)) return e;
      slot = (slot + 1) & this.mask;
    }
  }

  entryFrequency(entry: number): number {
    return this.freqs[entry];
  }

  private logs: Float64Array | undefined;

  /** log(frequency) of an entry, computed once for all: the segmenter's inner loop needs it at every position. */
  entryLogFrequency(entry: number): number {
    if (!this.logs) {
      this.logs = new Float64Array(this.entryCount);
      for (let e = 0; e < this.entryCount; e++) this.logs[e] = this.freqs[e] > 0 ? Math.log(this.freqs[e]) : -Infinity;
    }
    return this.logs[entry];
  }

  private indexOf(word: string): number {
    if (!word || word.length > 255) return -1;
    return this.entryAt(word, 0, word.length, fnv1a(word));
  }

  has(word: string): boolean {
    return this.frequency(word) > 0;
  }

  frequency(word: string): number {
    const e = this.indexOf(word);
    return e < 0 ? 0 : this.freqs[e];
  }

  tagOf(word: string): string | undefined {
    const e = this.indexOf(word);
    return e < 0 || this.freqs[e] === 0 ? undefined : this.tags[this.tagIds[e]];
  }

  /** The lowest frequency of a word (not a prefix) of at most `maxLength` characters; Infinity where there is none. */
  minFrequency(maxLength: number): number {
    let min = Infinity;
    for (let e = 0; e < this.entryCount; e++) {
      const f = this.freqs[e];
      if (f > 0 && f < min && this.lengths[e] <= maxLength) min = f;
    }
    return min;
  }

  /** Every word of a length, of at least `minFrequency` (the rest are never sliced out of the tables). */
  *wordsOfLength(length: number, minFrequency = 1): Iterable<[string, number]> {
    const least = Math.max(1, minFrequency);
    for (let e = 0; e < this.entryCount; e++) {
      if (this.lengths[e] === length && this.freqs[e] >= least) {
        yield [this.blob.slice(this.offsets[e], this.offsets[e] + length), this.freqs[e]];
      }
    }
  }
}

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export function fnv1a(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}
