import {
  applyFixes,
  createLineIndex,
  findRepeats,
  lint,
  MAX_FIX_PASSES,
  mergePhases,
  parseReport,
  type DocumentStructure,
  type Finding,
  type LineIndex,
  type ReportDocument,
  type ResolvedConfig,
  type Segmenter,
} from '../core';
import { loadNodeSegmenter } from './jieba-segmenter';
import { needsSegmenter } from './run-job';
import { lintRepeatsOnce } from './repeats-once';
import { lintSegmentedInParts, partsFor } from './segmented-parts';
import { WorkerPool } from './worker-pool';
import type { AgainstText, WorkerOutcome } from './worker-protocol';

export interface LintJob {
  text: string;
  config: ResolvedConfig;
  /** Limit to these rule ids (the renumber command, "fix all of this rule"). */
  only?: ReadonlySet<string>;
  /** Other files to compare with (--against). */
  against?: readonly AgainstText[];
  /** Called with the rules that need no segmenter while the segmented rules still run. */
  onEarly?: (early: EarlyResult) => void;
  /** A newer edit made this run stale: it stops at the next phase and resolves as not complete. */
  isStale?: () => boolean;
  /** Jobs with the same key replace one another while queued (one document's edits). */
  key?: string;
  /** Off the thread: send back the document's structure (outline, folds, figure notes) too. */
  describe?: boolean;
}

/** The findings of the rules that need no segmenter, while the segmented rules still run. */
export interface EarlyResult {
  findings: Finding[];
  lines: LineIndex;
  doc?: ReportDocument;
  structure?: DocumentStructure;
}

export interface EngineResult {
  findings: Finding[];
  /** Positions for the findings; `doc` is present where the text was parsed in this thread. */
  lines: LineIndex;
  doc?: ReportDocument;
  /** From a worker asked to `describe` the document. */
  structure?: DocumentStructure;
  /** False when the run was cancelled as stale. */
  complete: boolean;
  /** The segmented rules could not run (the findings are those of the other rules). */
  segmentedError?: string;
}

export interface FixResult extends EngineResult {
  text: string;
  fixed: number;
}

export interface EngineOptions {
  /** Worker threads at most (the CLI: one per core; the server: one). */
  threads?: number;
  workerScript?: string;
  maxWorkerHeapMb?: number;
  maxWorkerYoungGenerationMb?: number;
  onWorkerError?: (message: string) => void;
  /** The segmenter where jobs run in this thread. */
  loadSegmenter?: () => Segmenter | undefined;
  /** A long text's segmented rules are cut by paragraphs over the pool, a part per this many bytes at most. */
  bytesPerPart?: number;
}

/** Characters of text from which the main thread's parse outlasts a worker's loading and warming up. */
const WARM_UP_CHARS = 300_000;

/** Below this much text per extra worker, loading its dictionary costs more than it saves. */
const BYTES_PER_LANE = 1_000_000;

/**
 * The one path every face takes: parse once, the rules that need no segmenter in this thread, the segmented
 * rules on a worker meanwhile, merge; fixing loops over the same. The CLI, --fix and the language server call
 * this and nothing else, so they cannot disagree.
 */
export class LintEngine {
  private readonly pool: WorkerPool;
  private readonly bytesPerPart: number | undefined;

  constructor(options: EngineOptions = {}) {
    this.bytesPerPart = options.bytesPerPart;
    this.pool = new WorkerPool({
      size: options.threads ?? 1,
      workerScript: options.workerScript,
      maxHeapMb: options.maxWorkerHeapMb,
      maxYoungGenerationMb: options.maxWorkerYoungGenerationMb,
      onError: options.onWorkerError,
      loadSegmenter: options.loadSegmenter ?? loadNodeSegmenter,
    });
  }

  get threads(): number {
    return this.pool.size;
  }

  /**
   * How many files to lint at once, each whole on a worker: a worker pays for loading the dictionary, so
   * small batches run one file at a time (this thread and one worker), and large ones spread over the pool.
   * One means "not off the thread".
   */
  lanesFor(fileBytes: readonly number[]): number {
    const total = fileBytes.reduce((a, b) => a + b, 0);
    return Math.max(1, Math.min(this.threads, fileBytes.length, 1 + Math.floor(total / BYTES_PER_LANE)));
  }

  /**
   * Both phases at once: parse and the fast rules here, the segmented rules on workers meanwhile (a long text
   * cut by paragraphs, one part a worker), merged.
   */
  async lint(job: LintJob): Promise<EngineResult> {
    const { text, config, only } = job;
    const segmented = needsSegmenter(config, only);
    const parts = segmented ? partsFor(text, this.threads, this.bytesPerPart) : 0;
    // A long text parses for longer than a worker takes to load: time to build the segmented rules' tables too.
    if (segmented) this.pool.warm(parts, text.length >= WARM_UP_CHARS ? config : undefined);
    const doc = parseReport(text);
    const base = { doc, lines: doc.lines };
    if (!segmented)
      return { ...base, findings: lint(text, { config, only, doc, otherDocuments: this.parsed(job) }).findings, complete: true };
    // The paragraphs that repeat an earlier one: the worker skips them, and so do this thread's paragraph rules.
    const split = findRepeats(text, doc.paragraphs, config.allow);
    const pending = lintSegmentedInParts(this.pool, { doc, config, only, parts, key: job.key, split });
    const otherDocuments = this.parsed(job);
    // Rules that can also run without the segmenter (typo on its list) run here only for early findings.
    const phase = job.onEarly ? 'fast' : 'unsegmented';
    const fast = lintRepeatsOnce(text, { config, phase, only, otherDocuments, doc }, split);
    job.onEarly?.({ findings: fast, lines: doc.lines, doc });
    const slow = await pending;
    if (slow.cancelled || job.isStale?.()) return { ...base, findings: fast, complete: false };
    if (slow.error) {
      const withoutSegmenter = phase === 'fast' ? fast : lintRepeatsOnce(text, { config, phase: 'fast', only, otherDocuments, doc }, split);
      return { ...base, findings: withoutSegmenter, complete: true, segmentedError: slow.error };
    }
    return { ...base, findings: mergePhases(fast, slow.findings ?? []), complete: true };
  }

  /**
   * An editor document, on the worker that keeps its per-paragraph findings between edits (`key` names the
   * document): an edit costs the paragraphs it changed plus the document-level rules. Where the segmented
   * rules have real work left (a first lint, a paste), the other rules' findings come first through `onEarly`.
   * A newer job of the same key cancels this one, queued or under way.
   */
  async lintEdit(job: LintJob & { key: string }): Promise<EngineResult> {
    let lines: LineIndex | undefined;
    const linesOf = () => (lines ??= createLineIndex(job.text));
    const editJob = { kind: 'edit' as const, key: job.key, text: job.text, config: job.config, only: job.only && [...job.only] };
    const outcome = await this.pool.run(editJob, job.key, (early) => {
      if (!job.isStale?.()) job.onEarly?.({ findings: early.findings ?? [], lines: linesOf(), structure: early.structure });
    });
    if (outcome.cancelled || job.isStale?.()) return { lines: linesOf(), findings: [], complete: false };
    if (outcome.error) throw new Error(outcome.error);
    const { findings = [], structure, segmentedError } = outcome;
    return { lines: linesOf(), findings, structure, complete: true, segmentedError };
  }

  /** Every phase on a worker thread (many files at once, or a document too large for the editor's thread). */
  async lintOffThread(job: LintJob): Promise<EngineResult> {
    const outcome = await this.pool.run({ ...this.workerJob('lint', job), describe: job.describe }, job.key);
    return { ...this.fromWorker(job.text, outcome), structure: outcome.structure };
  }

  /** Lints and fixes until nothing fixable is left (ESLint's loop), each pass through `lint`. */
  async fix(job: LintJob): Promise<FixResult> {
    let text = job.text;
    let fixed = 0;
    let result = await this.lint({ ...job, onEarly: undefined });
    for (let pass = 0; pass < MAX_FIX_PASSES && result.complete; pass++) {
      const fixes = result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
      if (!fixes.length) break;
      const next = applyFixes(text, fixes);
      if (next.applied === 0 || next.text === text) break;
      fixed += next.applied;
      text = next.text;
      result = await this.lint({ ...job, text, onEarly: undefined });
    }
    return { ...result, text, fixed };
  }

  /** The same loop, whole on a worker thread. */
  async fixOffThread(job: LintJob): Promise<FixResult> {
    const outcome = await this.pool.run(this.workerJob('fix', job), job.key);
    const text = outcome.text ?? job.text;
    return { ...this.fromWorker(text, outcome), text, fixed: outcome.fixed ?? 0 };
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  /** The other files to compare with (--against), parsed. */
  private parsed(job: LintJob) {
    return (job.against ?? []).map((a) => ({ filePath: a.filePath, doc: parseReport(a.text) }));
  }

  private workerJob(kind: 'lint' | 'fix', job: LintJob) {
    return { kind, text: job.text, config: job.config, only: job.only && [...job.only], against: job.against && [...job.against] };
  }

  private fromWorker(text: string, outcome: WorkerOutcome): EngineResult {
    const lines = createLineIndex(text);
    if (outcome.cancelled) return { lines, findings: [], complete: false };
    if (outcome.error) throw new Error(outcome.error);
    return { lines, findings: outcome.findings ?? [], complete: true };
  }
}
