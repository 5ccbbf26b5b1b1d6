import { FNV_OFFSET, FNV_PRIME, fnv1a } from './dictionary';

/**
 * Words and their ids in an open-addressing table over the words and their prefixes, keyed by the FNV-1a hash
 * of their characters: a scorer walking a text extends the hash one character at a time, reads a window without
 * slicing it out, and stops as soon as no word starts with what it has read (a Map of strings needs a slice and
 * a string hash for every length at every position, and building one for 70,000 words costs a worker's start).
 */
export class WordIds {
  private readonly blob: string;
  /** Per entry: where its characters start in blob, how many, and the word's id (-1: only a prefix of words). */
  private readonly starts: Int32Array;
  private readonly lengths: Uint8Array;
  private readonly ids: Int32Array;
  private readonly table: Int32Array;
  private readonly mask: number;
  private entries = 0;
  /** The longest word's length. */
  readonly maxLength: number;

  /** words[i] gets id i; an empty word, a word over 255 characters and a repeat of an earlier word are left out. */
  constructor(words: readonly string[]) {
    let prefixes = 0;
    let longest = 1;
    for (const w of words) {
      if (w.length > 255) continue;
      prefixes += w.length;
      if (w.length > longest) longest = w.length;
    }
    this.maxLength = longest;
    this.blob = words.join('');
    this.starts = new Int32Array(prefixes);
    this.lengths = new Uint8Array(prefixes);
    this.ids = new Int32Array(prefixes);
    let size = 1;
    while (size < prefixes * 1.5) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size).fill(-1);
    let at = 0;
    words.forEach((w, id) => {
      if (w.length <= 255) {
        let h = FNV_OFFSET;
        for (let len = 1; len <= w.length; len++) {
          h = Math.imul(h ^ w.charCodeAt(len - 1), FNV_PRIME);
          this.insert(at, len, h >>> 0, len === w.length ? id : -1);
        }
      }
      at += w.length;
    });
  }

  private insert(start: number, length: number, hash: number, id: number): void {
    let slot = hash & this.mask;
    for (;;) {
      const e = this.table[slot];
      if (e === -1) break;
      if (this.lengths[e] === length && this.sameText(e, this.blob, start)) {
        if (id >= 0 && this.ids[e] < 0) this.ids[e] = id; // the first of repeated words keeps its id
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    const e = this.entries++;
    this.starts[e] = start;
    this.lengths[e] = length;
    this.ids[e] = id;
    this.table[slot] = e;
  }

  private sameText(entry: number, text: string, start: number): boolean {
    const from = this.starts[entry];
    const length = this.lengths[entry];
    for (let k = 0; k < length; k++) if (this.blob.charCodeAt(from + k) !== text.charCodeAt(start + k)) return false;
    return true;
  }

  /**
   * The entry of text[start, start + length), given the FNV-1a hash of those characters (as fnv1a computes it):
   * -1 where no word starts so, else an entry whose idAt is the word's id, or -1 for a prefix only.
   */
  entryAt(text: string, start: number, length: number, hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const e = this.table[slot];
      if (e === -1) return -1;
      if (this.lengths[e] === length && this.sameText(e, text, start)) return e;
      slot = (slot + 1) & this.mask;
    }
  }

  idAt(entry: number): number {
    return this.ids[entry];
  }

  /** The word's id, or -1 where it is no word of the list. */
  idOf(word: string): number {
    if (!word || word.length > 255) return -1;
    const e = this.entryAt(word, 0, word.length, fnv1a(word));
    return e < 0 ? -1 : this.ids[e];
  }
}
