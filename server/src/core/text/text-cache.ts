/**
 * A bounded memo keyed by text: the editor lints the same paragraphs again and again while one changes,
 * so per-paragraph work (normalising, fingerprinting) is done once per distinct paragraph.
 *
 * Two generations: when the newer holds `limit` texts it becomes the older one and the oldest are dropped, and a
 * text found only in the older is carried over. A document with a little more distinct text than `limit` (a long
 * file that repeats itself) thus keeps what it reads again, where starting over at the limit dropped it all each
 * time round.
 */
export class TextCache<V> {
  /** Each entry holds its own copy of the key (see get), which a carry-over from the older generation keeps. */
  private map = new Map<string, { key: string; value: V }>();
  private older = new Map<string, { key: string; value: V }>();

  constructor(private readonly limit = 20000) {}

  /**
   * The value for `key`, computed on the first request. A new key is kept, and given to `compute`, as a copy of
   * its own: a slice of a document keeps the whole document alive in V8, and an editor's cache would otherwise hold
   * a version of the document for every edit that added an entry. `compute` should read the text it is given.
   */
  get(key: string, compute: (key: string) => V): V {
    let entry = this.map.get(key);
    if (entry === undefined) {
      entry = this.older.get(key);
      if (entry === undefined) {
        const own = detached(key);
        entry = { key: own, value: compute(own) };
      }
      if (this.map.size >= this.limit) {
        this.older = this.map;
        this.map = new Map();
      }
      this.map.set(entry.key, entry);
    }
    return entry.value;
  }

  /** Starts a new generation now: what the next round does not ask for again is then dropped. */
  turn(): void {
    this.older = this.map;
    this.map = new Map();
  }
}

/** Slices shorter than this are copies in V8 anyway. */
const SHORTEST_SLICE = 13;

/**
 * The same text in memory of its own. V8 gives a slice of 13 characters or more a pointer into the string it was
 * cut from; prefixing a character and cutting it off again copies the text into a new string first.
 */
export function detached(text: string): string {
  return text.length < SHORTEST_SLICE ? text : (' ' + text).slice(1);
}
