/**
 * Which items (paragraphs, by number) hold each fingerprint, in the order they were added, keeping at most
 * `cap` + 1 per fingerprint: enough to tell a passage the items share from boilerplate that more than `cap`
 * hold. An open-addressing table over typed arrays: the duplicate rules index every paragraph on every lint,
 * and a Map of arrays made that the costliest step of an edit (and most of its garbage).
 */
export class FingerprintIndex {
  private readonly keys: Uint32Array;
  private readonly used: Uint8Array;
  private readonly counts: Int32Array;
  private readonly firsts: Int32Array;
  private readonly lasts: Int32Array;
  private readonly items: Int32Array;
  private readonly nexts: Int32Array;
  private readonly shift: number;
  private entries = 0;

  /** `capacity`: how many fingerprints will be added at most (counting repeats). */
  constructor(
    capacity: number,
    private readonly cap: number,
  ) {
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    this.shift = 32 - bits;
    const size = 1 << bits;
    this.keys = new Uint32Array(size);
    this.used = new Uint8Array(size);
    this.counts = new Int32Array(size);
    this.firsts = new Int32Array(size);
    this.lasts = new Int32Array(size);
    this.items = new Int32Array(Math.max(1, capacity));
    this.nexts = new Int32Array(Math.max(1, capacity));
  }

  add(fingerprint: number, item: number): void {
    const slot = this.slotOf(fingerprint);
    if (!this.used[slot]) {
      this.used[slot] = 1;
      this.keys[slot] = fingerprint;
      this.firsts[slot] = this.append(item);
      this.lasts[slot] = this.firsts[slot];
      this.counts[slot] = 1;
    } else if (this.counts[slot] <= this.cap) {
      const entry = this.append(item);
      this.nexts[this.lasts[slot]] = entry;
      this.lasts[slot] = entry;
      this.counts[slot]++;
    }
  }

  /** How many items hold it (at most cap + 1), and calls `each` with them in order unless more than `cap` do. */
  visit(fingerprint: number, each: (item: number) => void): number {
    const slot = this.slotOf(fingerprint);
    if (!this.used[slot]) return 0;
    const count = this.counts[slot];
    if (count > this.cap) return count;
    for (let e = this.firsts[slot], n = 0; n < count; e = this.nexts[e], n++) each(this.items[e]);
    return count;
  }

  private append(item: number): number {
    this.items[this.entries] = item;
    this.nexts[this.entries] = -1;
    return this.entries++;
  }

  private slotOf(fingerprint: number): number {
    const mask = (1 << (32 - this.shift)) - 1;
    let slot = Math.imul(fingerprint >>> 0, 0x9e3779b1) >>> this.shift;
    while (this.used[slot] && this.keys[slot] !== fingerprint >>> 0) slot = (slot + 1) & mask;
    return slot;
  }
}
