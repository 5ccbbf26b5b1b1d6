import { PrefixTable } from './prefix-table';

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
  private readonly entries: PrefixTable;
  /** Per entry: frequency (0 = only a prefix of longer words), tag index. */
  private readonly freqs: Int32Array;
  private readonly tagIds: Uint8Array;
  private readonly tags: string[] = [];
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
      const { blob, offsets: starts, lengths, table, entryCount: entries } = source;
      this.entries = new PrefixTable(blob, { starts, lengths, table, entries });
      ({ freqs: this.freqs, tagIds: this.tagIds, size: this.size, total: this.total, maxLength: this.maxLength } = source);
      this.tags = [...source.tags];
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
    let capacity = 0;
    for (const w of words) capacity += w.length;
    this.entries = new PrefixTable(words.join(''), capacity);
    this.freqs = new Int32Array(capacity);
    this.tagIds = new Uint8Array(capacity);
    let at = 0;
    words.forEach((w, i) => {
      for (let len = 1; len <= w.length; len++) {
        const e = this.entries.add(at, len);
        // A later duplicate line wins, and a word outranks a prefix.
        if (len === w.length && freqList[i] > 0) {
          this.freqs[e] = freqList[i];
          this.tagIds[e] = tagList[i];
        }
      }
      at += w.length;
    });
  }

  /** What fromTables needs to rebuild this dictionary, as it is. */
  tables(): DictionaryTables {
    const { blob, starts: offsets, lengths, table, entries: entryCount } = this.entries;
    const { freqs, tagIds, tags, size, total, maxLength } = this;
    return { blob, offsets, lengths, freqs, tagIds, tags, table, entryCount, size, total, maxLength };
  }

  /** The entry for text[start, start + length) given its FNV-1a hash, or -1. */
  entryAt(text: string, start: number, length: number, hash: number): number {
    return this.entries.entryAt(text, start, length, hash);
  }

  entryFrequency(entry: number): number {
    return this.freqs[entry];
  }

  /**
   * log(frequency) of an entry, -Infinity for a prefix only. Computed on each call: an array of them all cost a
   * worker's start 4 MB and about 60 ms, and the segmenter asks only for the few words its first level cannot answer.
   */
  entryLogFrequency(entry: number): number {
    const f = this.freqs[entry];
    return f > 0 ? Math.log(f) : -Infinity;
  }

  private indexOf(word: string): number {
    return this.entries.entryOf(word);
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
    const { entries, lengths } = this.entries;
    for (let e = 0; e < entries; e++) {
      const f = this.freqs[e];
      if (f > 0 && f < min && lengths[e] <= maxLength) min = f;
    }
    return min;
  }

  /** The words' entries grouped by length, each group in entry order: built once, on the first request. */
  private byLength: { entries: Int32Array; start: Int32Array } | undefined;

  private wordsByLength(): { entries: Int32Array; start: Int32Array } {
    if (this.byLength) return this.byLength;
    const { lengths, entries } = this.entries;
    const start = new Int32Array(257);
    for (let e = 0; e < entries; e++) if (this.freqs[e] > 0) start[lengths[e] + 1]++;
    for (let l = 1; l < start.length; l++) start[l] += start[l - 1];
    const next = start.slice();
    const grouped = new Int32Array(start[256]);
    for (let e = 0; e < entries; e++) if (this.freqs[e] > 0) grouped[next[lengths[e]]++] = e;
    return (this.byLength = { entries: grouped, start });
  }

  /** Every word of a length, of at least `minFrequency`, in the dictionary's order (the rest are never sliced out of the tables). */
  wordsOfLength(length: number, minFrequency = 1): [string, number][] {
    const least = Math.max(1, minFrequency);
    const out: [string, number][] = [];
    this.visitWordsOfLength(length, (chars, start, frequency) => {
      if (frequency >= least) out.push([chars.slice(start, start + length), frequency]);
    });
    return out;
  }

  /** Every word of a length in the dictionary's order, shown where it stands in the dictionary's one string. */
  visitWordsOfLength(length: number, visit: (chars: string, start: number, frequency: number) => void): void {
    if (length < 1 || length > 255) return;
    const { blob, starts } = this.entries;
    const { entries, start } = this.wordsByLength();
    for (let i = start[length]; i < start[length + 1]; i++) visit(blob, starts[entries[i]], this.freqs[entries[i]]);
  }
}
