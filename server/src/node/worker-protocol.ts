import type { DocumentStructure, Finding, ResolvedConfig } from '../core';

/** What a lint worker is asked to do with one text. */
export type WorkerJob =
  /**
   * Only the rules that use word segmentation (the main thread runs the rest meanwhile); with `paragraphs`
   * (encodeParagraphs), only those paragraphs of the text, as the main thread parsed them.
   */
  | { kind: 'segmented'; text: string; config: ResolvedConfig; only?: string[]; paragraphs?: Int32Array }
  /** Load the segmenter now, before the first text comes (while the main thread parses it). */
  | { kind: 'warm' }
  /** The rules that need no segmenter (the editor keeps its own thread free for requests). */
  | { kind: 'fast'; text: string; config: ResolvedConfig; only?: string[]; against?: AgainstText[]; describe?: boolean }
  /** Every rule: parse once, lint, in the worker. */
  | { kind: 'lint'; text: string; config: ResolvedConfig; only?: string[]; against?: AgainstText[]; describe?: boolean }
  /** Lint and fix until nothing fixable is left. */
  | { kind: 'fix'; text: string; config: ResolvedConfig; only?: string[]; against?: AgainstText[] };

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
  /** For 'lint' and 'fast' with `describe`: what the editor's requests need, so the editor's thread never parses. */
  structure?: DocumentStructure;
  error?: string;
  /** The job was dropped before it ran: a newer one with the same key replaced it. */
  cancelled?: boolean;
}

export interface WorkerResponse extends WorkerOutcome {
  id: number;
}
