/**
 * A bounded memo keyed by text: the editor lints the same paragraphs again and again while one changes,
 * so per-paragraph work (normalising, fingerprinting) is done once per distinct paragraph.
 */
export class TextCache<V> {
  private map = new Map<string, V>();

  constructor(private readonly limit = 20000) {}

  get(key: string, compute: (key: string) => V): V {
    let v = this.map.get(key);
    if (v === undefined) {
      if (this.map.size >= this.limit) this.map = new Map(); // a new document, or a very large one: start over
      v = compute(key);
      this.map.set(key, v);
    }
    return v;
  }
}
