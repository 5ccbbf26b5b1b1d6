/** Text reduced to what a reader compares: no spaces, no Markdown emphasis, full-width forms unified. */
export function normalizeForComparison(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const SHINGLE = 4;
/** The shingle hashes of the text at hand, kept for the next (a paragraph's would be garbage at once). */
let shingleHashes = new Uint32Array(1024);
/** Fingerprints from which their Set is kept to look one up. */
const LONG_LIST = 48;

/** Hashes of every run of SHINGLE characters. */
export function shingles(text: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= text.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ text.charCodeAt(j), 0x01000193);
    out.add(h >>> 0);
  }
  return out;
}

/**
 * Winnowing (Schleimer et al.): the minimum hash of each window of `w` shingles, enough to find shared passages.
 * Each distinct one once, in the order first found. An array, not a Set: the duplicate rules keep a paragraph's
 * fingerprints between lints, and a Set of 32-bit hashes (most of them boxed numbers) took several times the memory.
 */
export function fingerprints(text: string, w = 6): number[] {
  const count = Math.max(0, text.length - SHINGLE + 1);
  if (shingleHashes.length < count) shingleHashes = new Uint32Array(Math.max(count, 2 * shingleHashes.length));
  const hashes = shingleHashes;
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ text.charCodeAt(j), 0x01000193);
    hashes[i] = h >>> 0;
  }
  if (count <= w) return count ? [Math.min(...hashes.subarray(0, count))] : [];
  const out: number[] = [];
  // Whether a minimum is already out: a look along a short list, a Set only for a long paragraph's.
  let seen: Set<number> | undefined;
  for (let i = 0; i + w <= count; i++) {
    let min = hashes[i];
    for (let j = i + 1; j < i + w; j++) if (hashes[j] < min) min = hashes[j];
    // Neighbouring windows mostly share their minimum.
    if (min === out[out.length - 1]) continue;
    if (seen === undefined && out.length >= LONG_LIST) seen = new Set(out);
    if (seen ? seen.has(min) : out.includes(min)) continue;
    seen?.add(min);
    out.push(min);
  }
  return out;
}

/**
 * How alike two passages are: Jaccard over character shingles, or, when their lengths are close
 * (a sentence added or dropped), the share of the shorter one found in the longer.
 */
export function similarity(a: Set<number>, b: Set<number>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  const jaccard = shared / (a.size + b.size - shared);
  const containment = shared / small.size;
  return small.size / large.size >= 0.6 ? Math.max(jaccard, containment) : jaccard;
}
