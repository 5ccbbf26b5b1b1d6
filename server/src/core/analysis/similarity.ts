/** Text reduced to what a reader compares: no spaces, no Markdown emphasis, full-width forms unified. */
export function normalizeForComparison(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const SHINGLE = 4;

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

/** Winnowing (Schleimer et al.): the minimum hash of each window of `w` shingles, enough to find shared passages. */
export function fingerprints(text: string, w = 6): Set<number> {
  const hashes: number[] = [];
  for (let i = 0; i + SHINGLE <= text.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ text.charCodeAt(j), 0x01000193);
    hashes.push(h >>> 0);
  }
  const out = new Set<number>();
  if (hashes.length <= w) {
    if (hashes.length) out.add(Math.min(...hashes));
    return out;
  }
  for (let i = 0; i + w <= hashes.length; i++) {
    let min = hashes[i];
    for (let j = i + 1; j < i + w; j++) if (hashes[j] < min) min = hashes[j];
    out.add(min);
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
