import { PrefixTable } from './prefix-table';

/**
 * Words and their ids in an open-addressing table over the words and their prefixes, keyed by the FNV-1a hash
 * of their characters: a scorer walking a text extends the hash one character at a time, reads a window without
 * slicing it out, and stops as soon as no word starts with what it has read (a Map of strings needs a slice and
 * a string hash for every length at every position, and building one for 70,000 words costs a worker's start).
 */
export class WordIds {
  private readonly entries: PrefixTable;
  /** Per entry: the word's id, or -1 for a prefix of words only. */
  private readonly ids: Int32Array;
  /** The longest word's length. */
  readonly maxLength: number;

  /** words[i] gets id i; an empty word, a word over 255 characters and a repeat of an earlier word are left out. */
  constructor(words: readonly string[]) {
    let capacity = 0;
    let longest = 1;
    for (const w of words) {
      if (w.length > 255) continue;
      capacity += w.length;
      if (w.length > longest) longest = w.length;
    }
    this.maxLength = longest;
    this.entries = new PrefixTable(words.join(''), capacity);
    this.ids = new Int32Array(capacity).fill(-1);
    let at = 0;
    words.forEach((w, id) => {
      if (w.length <= 255)
        for (let len = 1; len <= w.length; len++) {
          const e = this.entries.add(at, len);
          if (len === w.length && this.ids[e] < 0) this.ids[e] = id; // the first of repeated words keeps its id
        }
      at += w.length;
    });
  }

  /**
   * The entry of text[start, start + length), given the FNV-1a hash of those characters (as fnv1a computes it):
   * -1 where no word starts so, else an entry whose idAt is the word's id, or -1 for a prefix only.
   */
  entryAt(text: string, start: number, length: number, hash: number): number {
    return this.entries.entryAt(text, start, length, hash);
  }

  idAt(entry: number): number {
    return this.ids[entry];
  }

  /** The word's id, or -1 where it is no word of the list. */
  idOf(word: string): number {
    const e = this.entries.entryOf(word);
    return e < 0 ? -1 : this.ids[e];
  }
}
