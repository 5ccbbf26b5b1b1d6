import { copyIntoRepeats, encodeParagraphs, findRepeats, splitParagraphs, type ReportDocument, type ResolvedConfig } from '../core';
import type { WorkerPool } from './worker-pool';
import type { WorkerOutcome } from './worker-protocol';

/**
 * Text (UTF-8 bytes) a part needs to pay for its worker: each worker costs 2–3 s of CPU of its own (dictionary,
 * context model, its own caches and compiled code; measured on the 10 MB and 3.8 MB bench texts).
 */
const BYTES_PER_PART = 3_000_000;

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
  parts: number;
  /** A newer job with the same key replaces a queued one, part by part. */
  key?: string;
}

/**
 * The segmented rules over a document parsed in this thread, its paragraphs cut into runs of about equal
 * length, each run on a worker of the pool. These rules read one paragraph at a time, so the findings are
 * those of one run over the whole; the workers get the paragraphs' positions and never parse the text, and a
 * paragraph that repeats an earlier one is not checked again: its original's findings are copied.
 */
export async function lintSegmentedInParts(pool: WorkerPool, job: SegmentedPartsJob): Promise<WorkerOutcome> {
  const { doc, config } = job;
  const only = job.only && [...job.only];
  const { originals, repeats } = findRepeats(doc.text, doc.paragraphs, config.allow);
  const outcomes = await Promise.all(
    splitParagraphs(originals, job.parts).map((range, i) =>
      pool.run(
        { kind: 'segmented', text: doc.text, config, only, paragraphs: encodeParagraphs(originals.slice(range.from, range.to)) },
        job.key === undefined ? undefined : `${job.key}#${i}`,
      ),
    ),
  );
  if (outcomes.some((o) => o.cancelled)) return { cancelled: true };
  const failed = outcomes.find((o) => o.error);
  if (failed) return { error: failed.error };
  const findings = outcomes.flatMap((o) => o.findings ?? []);
  return { findings: [...findings, ...copyIntoRepeats(findings, repeats)] };
}
