import {
  copyIntoRepeats,
  encodeParagraphs,
  splitParagraphs,
  type Paragraph,
  type RepeatedParagraph,
  type ReportDocument,
  type ResolvedConfig,
} from '../core';
import type { SharedChunks } from './shared-chunks';
import type { WorkerPool } from './worker-pool';
import type { WorkerOutcome } from './worker-protocol';

/**
 * Text (UTF-8 bytes) a part needs to pay for its worker: each worker costs 2–3 s of CPU of its own (dictionary,
 * context model, its own caches and compiled code; measured on the 10 MB and 3.8 MB bench texts).
 */
const BYTES_PER_PART = 3_000_000;

/** Characters of paragraphs in a chunk that workers claim one at a time: a few tens of ms of typo checking. */
const CHUNK_CHARS = 20_000;

/**
 * Into how many parts to cut a text for the segmented rules. The main thread keeps a core for the rules that
 * read the whole document, so the parts go to the other cores: on two cores a text is never cut (one worker
 * beside the main thread is faster than two, measured), on more a part per BYTES_PER_PART.
 */
export function partsFor(text: string, threads: number, bytesPerPart = BYTES_PER_PART): number {
  return Math.max(1, Math.min(threads - 1, Math.floor(Buffer.byteLength(text) / bytesPerPart)));
}

export interface SegmentedPartsJob {
  doc: ReportDocument;
  config: ResolvedConfig;
  only?: ReadonlySet<string>;
  /** Workers to share the paragraphs among. */
  parts: number;
  /** A newer job with the same key replaces a queued one, part by part. */
  key?: string;
  /** The document's paragraphs: the first of each kind, and those that repeat one of them (findRepeats). */
  split: { originals: Paragraph[]; repeats: RepeatedParagraph[] };
}

/**
 * The segmented rules over a document parsed in this thread. These rules read one paragraph at a time, so the
 * findings are those of one run over the whole however the paragraphs are shared out: the paragraphs are cut
 * into chunks of about equal length, and each worker claims the next unclaimed chunk until none is left, so a
 * worker that started late or runs slower simply takes fewer. The workers get the paragraphs'
 * positions and never parse the text, and a paragraph that repeats an earlier one is not checked again: its
 * original's findings are copied.
 */
export async function lintSegmentedInParts(pool: WorkerPool, job: SegmentedPartsJob): Promise<WorkerOutcome> {
  const { doc, config } = job;
  const only = job.only && [...job.only];
  const { originals, repeats } = job.split;
  const total = originals.reduce((n, p) => n + p.span.end - p.span.start + 1, 0);
  // One worker takes everything in one chunk; several share chunks small enough to finish together.
  const ranges = splitParagraphs(originals, job.parts > 1 ? Math.max(job.parts, Math.ceil(total / CHUNK_CHARS)) : 1);
  const chunks: SharedChunks = {
    bounds: Int32Array.from([0, ...ranges.map((r) => r.to)]),
    next: new Int32Array(new SharedArrayBuffer(4)),
  };
  const paragraphs = encodeParagraphs(originals);
  const done = await Promise.all(
    Array.from({ length: job.parts }, (_, i) =>
      pool.run(
        { kind: 'segmented', text: doc.text, config, only, paragraphs, chunks },
        job.key === undefined ? undefined : `${job.key}#${i}`,
      ),
    ),
  );
  if (done.some((o) => o.cancelled)) return { cancelled: true };
  const failed = done.find((o) => o.error);
  if (failed) return { error: failed.error };
  const findings = done.flatMap((o) => o.findings ?? []);
  return { findings: [...findings, ...copyIntoRepeats(findings, repeats)] };
}
