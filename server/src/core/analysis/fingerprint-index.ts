/**
 * Which items (paragraphs, by number) hold each fingerprint, in the order they were added, keeping at most
 * `cap` + 1 per fingerprint: enough to tell a passage the items share from boilerplate that more than `cap`
 * hold. An open-addressing table over typed arrays: the duplicate rules index every paragraph on every lint,
 * and a Map of arrays made that the costliest step of an edit (and most of its garbage).
 *
 * A slot keeps its fingerprint, count and list ends side by side, so an add touches one cache line of the table
 * rather than one in each of five arrays; a long text adds about a million fingerprints to a table of tens of
 * megabytes, where those misses, not the arithmetic, were the cost.
 */
export class FingerprintIndex {
  /** Per slot: fingerprint, count (0: empty), first and last entry of its list. */
  private readonly slots: Int32Array;
  private readonly shift: number;
  private readonly items: Int32Array;
  private readonly nexts: Int32Array;
  private entries = 0;

  /** `capacity`: how many fingerprints will be added at most (counting repeats). */
  constructor(
    capacity: number,
    private readonly cap: number,
  ) {
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    this.shift = 32 - bits;
    this.slots = new Int32Array(4 << bits);
    this.items = new Int32Array(Math.max(1, capacity));
    this.nexts = new Int32Array(Math.max(1, capacity));
  }

  /** `weight`: how many items this one stands for (the copies of one text), counted towards the cap. */
  add(fingerprint: number, item: number, weight = 1): void {
    const s = this.slotOf(fingerprint);
    const slots = this.slots;
    const limit = this.cap + 1;
    if (slots[s + 1] === 0) {
      const entry = this.append(item);
      slots[s] = fingerprint | 0;
      slots[s + 1] = Math.min(weight, limit);
      slots[s + 2] = entry;
      slots[s + 3] = entry;
    } else if (slots[s + 1] <= this.cap) {
      const entry = this.append(item);
      this.nexts[slots[s + 3]] = entry;
      slots[s + 3] = entry;
      slots[s + 1] = Math.min(slots[s + 1] + weight, limit);
    }
  }

  /**
   * How many items hold it, weights counted (at most cap + 1), and calls `each` with them in order unless more
   * than `cap` do.
   */
  visit(fingerprint: number, each: (item: number) => void): number {
    const s = this.slotOf(fingerprint);
    const count = this.slots[s + 1];
    if (count === 0 || count > this.cap) return count;
    for (let e = this.slots[s + 2]; e !== -1; e = this.nexts[e]) each(this.items[e]);
    return count;
  }

  private append(item: number): number {
    this.items[this.entries] = item;
    this.nexts[this.entries] = -1;
    return this.entries++;
  }

  /** The slot (its offset in `slots`) that holds this fingerprint, or the empty one where it would go. */
  private slotOf(fingerprint: number): number {
    const key = fingerprint | 0;
    const mask = (this.slots.length >> 2) - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.slots[4 * slot + 1] !== 0 && this.slots[4 * slot] !== key) slot = (slot + 1) & mask;
    return 4 * slot;
  }
}
