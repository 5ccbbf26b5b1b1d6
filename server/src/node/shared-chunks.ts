import { documentOfParagraphs, lint, type Finding, type Paragraph, type ResolvedConfig, type Segmenter } from '../core';

/**
 * Paragraphs cut into chunks that several threads check together: each thread claims the next unclaimed chunk
 * with one atomic add on memory they all share, so no chunk is checked twice and a thread that finishes early
 * simply claims more.
 */
export interface SharedChunks {
  /** Chunk k is paragraphs [bounds[k], bounds[k + 1]). */
  bounds: Int32Array;
  /** The next chunk to claim, over a SharedArrayBuffer (posted to a worker, it stays the same memory). */
  next: Int32Array;
}

/** The chunks this thread claims, in order, until none is left (or `limit` are taken). */
export function* claimChunks(paragraphs: readonly Paragraph[], chunks: SharedChunks, limit = Infinity): Generator<Paragraph[]> {
  const count = chunks.bounds.length - 1;
  for (let taken = 0; taken < limit; taken++) {
    const k = Atomics.add(chunks.next, 0, 1);
    if (k >= count) return;
    yield paragraphs.slice(chunks.bounds[k], chunks.bounds[k + 1]);
  }
}

/** The segmented rules' findings on some paragraphs of a text. */
export function lintChunk(
  text: string,
  paragraphs: Paragraph[],
  options: { config: ResolvedConfig; segmenter: Segmenter; only?: ReadonlySet<string> },
): Finding[] {
  const doc = documentOfParagraphs(text, paragraphs);
  return lint(text, { ...options, phase: 'segmented', doc }).findings;
}
