export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export function fnv1a(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** What a PrefixTable holds, to be saved and loaded again without building. */
export interface PrefixTableArrays {
  starts: Int32Array;
  lengths: Uint8Array;
  table: Int32Array;
  entries: number;
}

/**
 * Words and their prefixes as entries of an open-addressing table keyed by the FNV-1a hash of their characters,
 * all characters in one string: a lookup extends the hash one character at a time, reads a window of a text
 * without slicing it out, and stops as soon as no word starts with what it has read. The owner keeps what it
 * needs per entry (a frequency, an id) in arrays indexed by entry.
 */
export class PrefixTable {
  /** Per entry: where its characters start in blob, and how many. */
  readonly starts: Int32Array;
  readonly lengths: Uint8Array;
  readonly table: Int32Array;
  private readonly mask: number;
  entries: number;

  /** `capacity`: the most entries to come (words and prefixes), or the arrays of a table built before. */
  constructor(
    readonly blob: string,
    capacity: number | PrefixTableArrays,
  ) {
    if (typeof capacity !== 'number') {
      ({ starts: this.starts, lengths: this.lengths, table: this.table, entries: this.entries } = capacity);
    } else {
      this.starts = new Int32Array(capacity);
      this.lengths = new Uint8Array(capacity);
      let size = 1;
      while (size < capacity * 1.5) size <<= 1;
      this.table = new Int32Array(size).fill(-1);
      this.entries = 0;
    }
    this.mask = this.table.length - 1;
  }

  /** The entry of blob[start, start + length), added where there is none yet (then `entries` grows by one). */
  add(start: number, length: number): number {
    let h = FNV_OFFSET;
    for (let k = 0; k < length; k++) h = Math.imul(h ^ this.blob.charCodeAt(start + k), FNV_PRIME);
    let slot = (h >>> 0) & this.mask;
    for (;;) {
      const e = this.table[slot];
      if (e === -1) break;
      if (this.lengths[e] === length && this.sameText(e, this.blob, start)) return e;
      slot = (slot + 1) & this.mask;
    }
    const e = this.entries++;
    this.starts[e] = start;
    this.lengths[e] = length;
    this.table[slot] = e;
    return e;
  }

  /** The entry of text[start, start + length) given the FNV-1a hash of those characters, or -1. */
  entryAt(text: string, start: number, length: number, hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const e = this.table[slot];
      if (e === -1) return -1;
      if (this.lengths[e] === length && this.sameText(e, text, start)) return e;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The entry of a whole word, or -1. */
  entryOf(word: string): number {
    return word && word.length <= 255 ? this.entryAt(word, 0, word.length, fnv1a(word)) : -1;
  }

  private sameText(entry: number, text: string, start: number): boolean {
    const from = this.starts[entry];
    const length = this.lengths[entry];
    for (let k = 0; k < length; k++) if (this.blob.charCodeAt(from + k) !== text.charCodeAt(start + k)) return false;
    return true;
  }
}
