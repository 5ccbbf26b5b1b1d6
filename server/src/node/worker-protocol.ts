import type { DocumentStructure, Finding, ResolvedConfig } from '../core';
import type { SharedChunks } from './shared-chunks';

/** What a lint worker is asked to do with one text. */
export type WorkerJob =
  /**
   * Only the rules that use word segmentation (the main thread runs the rest meanwhile), on the paragraphs of
   * the text the main thread parsed (`paragraphs`, from encodeParagraphs), and of them only the chunks this
   * worker claims (the main thread and other workers claim the rest).
   */
  | { kind: 'segmented'; text: string; config: ResolvedConfig; only?: string[]; paragraphs: Int32Array; chunks: SharedChunks }
  /**
   * Load the segmenter now, before the first text comes (while the main thread parses it); with `config`, also
   * run the segmented rules on a few lines, so that their tables are built and their code compiled meanwhile.
   */
  | { kind: 'warm'; config?: ResolvedConfig }
  /** Every rule: parse once, lint, in the worker. */
  | { kind: 'lint'; text: string; config: ResolvedConfig; only?: string[]; against?: AgainstText[]; describe?: boolean }
  /** An editor document (see EditJob). */
  | EditJob
  /** Lint and fix until nothing fixable is left. */
  | { kind: 'fix'; text: string; config: ResolvedConfig; only?: string[]; against?: AgainstText[] };

/**
 * An editor document: every rule in both phases, with the findings of paragraph-scoped rules kept per paragraph
 * between jobs of the same `key`; sends the early findings and the structure back.
 */
export interface EditJob {
  kind: 'edit';
  key: string;
  text: string;
  config: ResolvedConfig;
  only?: string[];
}

/** Another file to compare with (--against), sent as text: the worker parses it once and keeps it. */
export interface AgainstText {
  filePath: string;
  text: string;
}

export interface WorkerRequest {
  id: number;
  job: WorkerJob;
}

export interface WorkerOutcome {
  findings?: Finding[];
  /** For 'fix': the fixed text and how many fixes were applied. */
  text?: string;
  fixed?: number;
  /** For 'lint' with `describe`, and 'edit': what the editor's requests need, so the editor's thread never parses. */
  structure?: DocumentStructure;
  error?: string;
  /** For 'edit': the segmented rules could not run (the findings are those of the other rules). */
  segmentedError?: string;
  /** The job was dropped before it ran: a newer one with the same key replaced it. */
  cancelled?: boolean;
}

export interface WorkerResponse extends WorkerOutcome {
  id: number;
  /** An early result of an 'edit' job, which goes on: its final response follows. */
  early?: boolean;
}

/** Given to each worker: a flag the pool raises when the job under way has gone stale. */
export interface WorkerData {
  cancel: SharedArrayBuffer;
}
