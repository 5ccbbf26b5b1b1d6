import { FNV_OFFSET, FNV_PRIME } from './prefix-table';
import { WordIds } from './word-ids';

/**
 * A back-off word trigram over typed arrays (the open-gram model of sunpinyin, packed by
 * scripts/build-context-model.ts), and the best-path score of a passage under it: how likely a clause reads,
 * word by word in context. Pure: the bytes come in, log10 probabilities go out; the node side loads the file.
 */

/** How a passage reads under a model of words in context; injected beside the segmenter. */
export interface ContextModel {
  /** log10 probability of the likeliest reading of text as a run of the model's words. */
  score(text: string): number;
  /** Whether the model knows text as one word. */
  has(word: string): boolean;
  /** log10 unigram probability of a word, or of an unknown one. */
  unigram(word: string): number;
}

export const MODEL_MAGIC = 'RLTG';
export const MODEL_VERSION = 1;

/** Hypotheses kept per position: the best few readings ending there, told apart by their last word. */
const BEAM = 3;

export class TrigramModel implements ContextModel {
  private readonly values: Float32Array;
  private readonly uniP: Uint16Array;
  private readonly uniBow: Uint16Array;
  private readonly biStart: Uint32Array;
  private readonly biW2: Uint32Array;
  private readonly biP: Uint16Array;
  private readonly biBow: Uint16Array;
  private readonly triBi: Uint32Array;
  private readonly triW3: Uint32Array;
  private readonly triP: Uint16Array;
  private readonly ids: WordIds;
  private readonly unknown: number;
  readonly maxWordLength: number;

  /** bytes: the model file. */
  constructor(bytes: Uint8Array) {
    const magic = String.fromCharCode(...bytes.subarray(0, 4));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (magic !== MODEL_MAGIC || view.getUint32(4, true) !== MODEL_VERSION) throw new Error('not a context model file of this version');
    const [V, B, T, Q, vocabBytes] = [8, 12, 16, 20, 24].map((o) => view.getUint32(o, true));
    this.unknown = view.getFloat32(28, true);
    // Typed arrays need aligned offsets: copy into a fresh buffer when the bytes do not start on one.
    const base = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    let at = base.byteOffset + 40;
    const take = <A>(make: (buf: ArrayBufferLike, offset: number, length: number) => A, count: number, size: number): A => {
      const a = make(base.buffer, at, count);
      at += Math.ceil((count * size) / 4) * 4;
      return a;
    };
    const f32 = (b: ArrayBufferLike, o: number, n: number) => new Float32Array(b, o, n);
    const u16 = (b: ArrayBufferLike, o: number, n: number) => new Uint16Array(b, o, n);
    const u32 = (b: ArrayBufferLike, o: number, n: number) => new Uint32Array(b, o, n);
    this.values = take(f32, Q, 4);
    this.uniP = take(u16, V, 2);
    this.uniBow = take(u16, V, 2);
    this.biStart = take(u32, V + 1, 4);
    this.biW2 = take(u32, B, 4);
    this.biP = take(u16, B, 2);
    this.biBow = take(u16, B, 2);
    this.triBi = take(u32, T, 4);
    this.triW3 = take(u32, T, 4);
    this.triP = take(u16, T, 2);
    this.ids = new WordIds(new TextDecoder().decode(new Uint8Array(base.buffer, at, vocabBytes)).split('\n'));
    this.maxWordLength = Math.min(this.ids.maxLength, 8);
  }

  has(word: string): boolean {
    return this.ids.idOf(word) >= 0;
  }

  /** The word's id in the model, or -1 for a word it does not know. */
  idOf(word: string): number {
    return this.ids.idOf(word);
  }

  unigram(word: string): number {
    const id = this.ids.idOf(word);
    return id < 0 ? this.unknown : this.values[this.uniP[id]];
  }

  /** Index of bigram (v, w), or -1. */
  private bigram(v: number, w: number): number {
    let lo = this.biStart[v];
    let hi = this.biStart[v + 1] - 1;
    const a = this.biW2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const x = a[mid];
      if (x === w) return mid;
      if (x < w) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** log10 p(w | v) with back-off; v < 0 is no history. */
  private bigramProb(v: number, w: number): number {
    if (w < 0) return this.unknown + (v >= 0 ? this.values[this.uniBow[v]] : 0);
    if (v >= 0) {
      const b = this.bigram(v, w);
      if (b >= 0) return this.values[this.biP[b]];
      return this.values[this.uniBow[v]] + this.values[this.uniP[w]];
    }
    return this.values[this.uniP[w]];
  }

  /** log10 p(w | u v) with back-off; a negative id is an unknown word (or none before the start). */
  logProb(u: number, v: number, w: number): number {
    if (u >= 0 && v >= 0) {
      const b = this.bigram(u, v);
      if (b >= 0) {
        if (w >= 0) {
          const t = this.trigram(b, w);
          if (t >= 0) return this.values[this.triP[t]];
        }
        return this.values[this.biBow[b]] + this.bigramProb(v, w);
      }
    }
    return this.bigramProb(v, w);
  }

  private trigram(b: number, w: number): number {
    const a = this.triBi;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (a[mid] < b) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    const n = a.length;
    while (end < n && a[end] === b) end++;
    let l = lo;
    let h = end - 1;
    const c = this.triW3;
    while (l <= h) {
      const mid = (l + h) >>> 1;
      const x = c[mid];
      if (x === w) return mid;
      if (x < w) l = mid + 1;
      else h = mid - 1;
    }
    return -1;
  }

  // Work arrays of score(), grown as needed: scoring runs for every candidate, so it allocates nothing.
  private hypScore = new Float64Array(0);
  private hypPrev = new Int32Array(0);
  private hypLast = new Int32Array(0);
  private hypCount = new Int32Array(0);

  score(text: string): number {
    const n = text.length;
    if (this.hypCount.length < n + 1) {
      const size = Math.max(n + 1, 2 * this.hypCount.length);
      this.hypScore = new Float64Array(size * BEAM);
      this.hypPrev = new Int32Array(size * BEAM);
      this.hypLast = new Int32Array(size * BEAM);
      this.hypCount = new Int32Array(size);
    }
    const score = this.hypScore;
    const prev = this.hypPrev;
    const last = this.hypLast;
    const count = this.hypCount;
    count.fill(0, 0, n + 1);
    // Position 0 holds one hypothesis: the sentence boundary, since a clause reads from a break.
    score[0] = 0;
    prev[0] = -1;
    last[0] = 0;
    count[0] = 1;
    for (let i = 0; i < n; i++) {
      const hs = count[i];
      if (!hs) continue;
      const limit = Math.min(this.maxWordLength, n - i);
      // The window's hash grows a character at a time; once no word starts with it, no longer window is one.
      let hash = FNV_OFFSET;
      for (let len = 1; len <= limit; len++) {
        hash = Math.imul(hash ^ text.charCodeAt(i + len - 1), FNV_PRIME);
        const entry = this.ids.entryAt(text, i, len, hash >>> 0);
        if (entry < 0 && len > 1) break;
        const id = entry < 0 ? -1 : this.ids.idAt(entry);
        // An unknown character reads as an unknown word (-1); a longer window only as a word of the model.
        if (id < 0 && len > 1) continue;
        const j = i + len;
        for (let h = 0; h < hs; h++) {
          const k = i * BEAM + h;
          insert(score, prev, last, count, j, score[k] + this.logProb(prev[k], last[k], id), last[k], id);
        }
      }
    }
    return count[n] ? score[n * BEAM] : -Infinity;
  }
}

/** Keeps the BEAM best hypotheses ending at position j, best first, one per last word. */
function insert(
  score: Float64Array,
  prev: Int32Array,
  last: Int32Array,
  count: Int32Array,
  j: number,
  s: number,
  p: number,
  w: number,
): void {
  const base = j * BEAM;
  let n = count[j];
  if (w >= 0) {
    for (let h = 0; h < n; h++) {
      if (last[base + h] !== w) continue;
      if (score[base + h] >= s) return;
      // The same last word, read better: drop the old hypothesis.
      for (let m = h; m < n - 1; m++) {
        score[base + m] = score[base + m + 1];
        prev[base + m] = prev[base + m + 1];
        last[base + m] = last[base + m + 1];
      }
      n--;
      break;
    }
  }
  let k = n;
  while (k > 0 && score[base + k - 1] < s) k--;
  if (k >= BEAM) {
    count[j] = n;
    return;
  }
  for (let m = Math.min(n, BEAM - 1); m > k; m--) {
    score[base + m] = score[base + m - 1];
    prev[base + m] = prev[base + m - 1];
    last[base + m] = last[base + m - 1];
  }
  score[base + k] = s;
  prev[base + k] = p;
  last[base + k] = w;
  count[j] = Math.min(n + 1, BEAM);
}
