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
  private readonly ids = new Map<string, number>();
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
    const words = new TextDecoder().decode(new Uint8Array(base.buffer, at, vocabBytes)).split('\n');
    let longest = 1;
    words.forEach((w, i) => {
      if (w && !this.ids.has(w)) {
        this.ids.set(w, i);
        if (w.length > longest) longest = w.length;
      }
    });
    this.maxWordLength = Math.min(longest, 8);
  }

  has(word: string): boolean {
    return this.ids.has(word);
  }

  unigram(word: string): number {
    const id = this.ids.get(word);
    return id === undefined ? this.unknown : this.values[this.uniP[id]];
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

  score(text: string): number {
    const n = text.length;
    // Per end position: up to BEAM hypotheses (score, word before last, last word).
    const score: number[][] = Array.from({ length: n + 1 }, () => []);
    const prev: number[][] = Array.from({ length: n + 1 }, () => []);
    const last: number[][] = Array.from({ length: n + 1 }, () => []);
    score[0].push(0);
    prev[0].push(-1);
    last[0].push(0); // the sentence boundary: a clause reads from a break
    for (let i = 0; i < n; i++) {
      const hs = score[i];
      if (!hs.length) continue;
      const limit = Math.min(this.maxWordLength, n - i);
      for (let len = 1; len <= limit; len++) {
        const word = text.slice(i, i + len);
        let id = this.ids.get(word);
        if (id === undefined) {
          if (len > 1) continue;
          id = -1; // an unknown character reads as an unknown word
        }
        const j = i + len;
        for (let h = 0; h < hs.length; h++) {
          const s = hs[h] + this.logProb(prev[i][h], last[i][h], id);
          insert(score[j], prev[j], last[j], s, last[i][h], id);
        }
      }
    }
    return score[n].length ? score[n][0] : -Infinity;
  }
}

/** Keeps the BEAM best hypotheses, best first, one per last word. */
function insert(scores: number[], prevs: number[], lasts: number[], s: number, p: number, w: number): void {
  const same = w >= 0 ? lasts.indexOf(w) : -1;
  if (same >= 0) {
    if (scores[same] >= s) return;
    scores.splice(same, 1);
    prevs.splice(same, 1);
    lasts.splice(same, 1);
  }
  let k = scores.length;
  while (k > 0 && scores[k - 1] < s) k--;
  if (k >= BEAM) return;
  scores.splice(k, 0, s);
  prevs.splice(k, 0, p);
  lasts.splice(k, 0, w);
  if (scores.length > BEAM) {
    scores.pop();
    prevs.pop();
    lasts.pop();
  }
}
