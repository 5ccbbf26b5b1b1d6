import {
  documentStructure,
  lint,
  LintCancelled,
  mergePhases,
  ParagraphCache,
  parseReport,
  ParseMemo,
  segmentedRulesOn,
  type Segmenter,
} from '../core';
import type { EditJob, WorkerOutcome } from './worker-protocol';

/** What a job may be told while it runs: that it is stale, and where its early findings go. */
export interface JobHooks {
  /** True once a newer text of the same document has come: the job stops between rules. */
  isCancelled?: () => boolean;
  /** The findings of the rules that need no segmenter, sent while the segmented rules still run. */
  onEarly?: (early: WorkerOutcome) => void;
}

/** Documents whose per-paragraph findings are kept (the ones being edited); the least recently linted goes. */
const KEPT_DOCUMENTS = 4;
/** An edit this large (a paste, a new document) leaves the segmented rules real work: the fast findings go out first. */
const EARLY_AFTER_CHARS = 2000;

interface Session {
  cache: ParagraphCache;
  parsed: ParseMemo;
  /** The text last linted to the end. */
  text: string;
}

/**
 * The editor's documents on a worker: each lint parses the text, runs the rules that need no segmenter, then
 * the segmented ones, and keeps what it read of each paragraph and the per-paragraph findings between edits,
 * so an edit costs the paragraphs it touched plus the document-level steps (line kinds, outline, rules). Findings equal a whole-document lint of the same text.
 */
export class EditSessions {
  private readonly sessions = new Map<string, Session>();
  private segmenterLoaded = false;

  constructor(private readonly loadSegmenter: () => Segmenter | undefined) {}

  run(job: EditJob, hooks: JobHooks = {}): WorkerOutcome {
    const session = this.session(job.key);
    const { text, config } = job;
    const only = job.only ? new Set(job.only) : undefined;
    const common = { config, only, cache: session.cache, isCancelled: hooks.isCancelled };
    try {
      const segmented = segmentedRulesOn(config, only);
      const doc = parseReport(text, session.parsed);
      const fast = lint(text, { ...common, doc, phase: segmented ? 'fast' : 'all' });
      const structure = documentStructure(fast.doc);
      if (!segmented) return this.done(session, text, { findings: fast.findings, structure });
      if (!this.segmenterLoaded || changedChars(session.text, text) > EARLY_AFTER_CHARS) {
        hooks.onEarly?.({ findings: fast.findings, structure });
      }
      const segmenter = this.loadSegmenter();
      this.segmenterLoaded = true;
      if (!segmenter) return { findings: fast.findings, structure, segmentedError: '分词组件不可用' };
      const slow = lint(text, { ...common, doc: fast.doc, segmenter, phase: 'segmented' });
      return this.done(session, text, { findings: mergePhases(fast.findings, slow.findings), structure });
    } catch (err) {
      if (err instanceof LintCancelled) return { cancelled: true };
      throw err;
    }
  }

  private done(session: Session, text: string, outcome: WorkerOutcome): WorkerOutcome {
    session.text = text;
    return outcome;
  }

  private session(key: string): Session {
    let session = this.sessions.get(key);
    if (session) this.sessions.delete(key);
    else session = { cache: new ParagraphCache(), parsed: new ParseMemo(), text: '' };
    this.sessions.set(key, session);
    for (const old of this.sessions.keys()) {
      if (this.sessions.size <= KEPT_DOCUMENTS) break;
      this.sessions.delete(old);
    }
    return session;
  }
}

/** How many characters differ between two texts once their common start and end are set aside. */
export function changedChars(before: string, after: string): number {
  const shorter = Math.min(before.length, after.length);
  let head = 0;
  while (head < shorter && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shorter - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return Math.max(before.length, after.length) - head - tail;
}
