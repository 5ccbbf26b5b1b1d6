import {
  copyIntoRepeats,
  encodeParagraphs,
  findRepeats,
  splitParagraphs,
  type Finding,
  type ReportDocument,
  type ResolvedConfig,
  type Segmenter,
} from '../core';
import { claimChunks, lintChunk, type SharedChunks } from './shared-chunks';
import type { WorkerPool } from './worker-pool';
import type { WorkerOutcome } from './worker-protocol';

/**
 * Text (UTF-8 bytes) a part needs to pay for its worker: each worker costs 2–3 s of CPU of its own (dictionary,
 * context model, its own caches and compiled code; measured on the 10 MB and 3.8 MB bench texts).
 */
const BYTES_PER_PART = 3_000_000;

/** Characters of paragraphs in a chunk that threads claim one at a time: a few tens of ms of typo checking. */
const CHUNK_CHARS = 20_000;

/**
 * Characters still unclaimed for the main thread to join in: loading its own segmenter costs about what checking
 * this much text does, so with less left the worker finishes sooner alone.
 */
const HELP_MIN_CHARS = 150_000;

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
  /** Characters that must be left unclaimed for this thread to join in (HELP_MIN_CHARS by default). */
  helpMinChars?: number;
}

/** The segmented rules under way on workers; the calling thread may join in once its own work is done. */
export interface SegmentedRun {
  /**
   * Checks unclaimed chunks in this thread until none is left, if enough text is left to pay for loading
   * `loadSegmenter` here. Synchronous: call it when this thread has nothing else to do.
   */
  helpHere(loadSegmenter: () => Segmenter | undefined): void;
  /** Everything's findings, once the workers are done: those of one run over the whole document. */
  finished(): Promise<WorkerOutcome>;
}

/**
 * The segmented rules over a document parsed in this thread. These rules read one paragraph at a time, so the
 * findings are those of one run over the whole however the paragraphs are shared out: the paragraphs are cut
 * into chunks of about equal length, and each worker (and this thread, if it joins in) claims the next unclaimed
 * chunk until none is left, so a thread that finishes early takes more. The workers get the paragraphs'
 * positions and never parse the text, and a paragraph that repeats an earlier one is not checked again: its
 * original's findings are copied.
 */
export function startSegmented(pool: WorkerPool, job: SegmentedPartsJob): SegmentedRun {
  const { doc, config } = job;
  const only = job.only && [...job.only];
  const { originals, repeats } = findRepeats(doc.text, doc.paragraphs, config.allow);
  const total = originals.reduce((n, p) => n + p.span.end - p.span.start + 1, 0);
  const ranges = splitParagraphs(originals, Math.max(job.parts, Math.ceil(total / CHUNK_CHARS)));
  const chunks: SharedChunks = {
    bounds: Int32Array.from([0, ...ranges.map((r) => r.to)]),
    next: new Int32Array(new SharedArrayBuffer(4)),
  };
  const paragraphs = encodeParagraphs(originals);
  const outcomes = Promise.all(
    Array.from({ length: job.parts }, (_, i) =>
      pool.run(
        { kind: 'segmented', text: doc.text, config, only, paragraphs, chunks },
        job.key === undefined ? undefined : `${job.key}#${i}`,
      ),
    ),
  );
  const here: Finding[] = [];
  return {
    helpHere(loadSegmenter) {
      const claimed = Math.min(Atomics.load(chunks.next, 0), ranges.length);
      const left = originals.slice(ranges[claimed]?.from ?? originals.length).reduce((n, p) => n + p.span.end - p.span.start + 1, 0);
      if (!left || left < (job.helpMinChars ?? HELP_MIN_CHARS)) return;
      const segmenter = loadSegmenter();
      if (!segmenter) return;
      for (const ps of claimChunks(originals, chunks)) here.push(...lintChunk(doc.text, ps, { config, segmenter, only: job.only }));
    },
    async finished() {
      const done = await outcomes;
      if (done.some((o) => o.cancelled)) return { cancelled: true };
      const failed = done.find((o) => o.error);
      if (failed) return { error: failed.error };
      const findings = [...done.flatMap((o) => o.findings ?? []), ...here];
      return { findings: [...findings, ...copyIntoRepeats(findings, repeats)] };
    },
  };
}
