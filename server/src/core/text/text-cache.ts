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
  private map = new Map<string, V>();
  private older = new Map<string, V>();

  constructor(private readonly limit = 20000) {}

  get(key: string, compute: (key: string) => V): V {
    let v = this.map.get(key);
    if (v === undefined) {
      v = this.older.get(key);
      if (v === undefined) v = compute(key);
      if (this.map.size >= this.limit) {
        this.older = this.map;
        this.map = new Map();
      }
      this.map.set(key, v);
    }
    return v;
  }

  /** Starts a new generation now: what the next round does not ask for again is then dropped. */
  turn(): void {
    this.older = this.map;
    this.map = new Map();
  }
}
