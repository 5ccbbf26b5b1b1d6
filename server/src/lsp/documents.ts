import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  documentStructure,
  parseReport,
  type DocumentStructure,
  type Finding,
  type LineIndex,
  type ReportDocument,
  type ResolvedConfig,
} from '../core';
import type { LintEngine } from '../node/engine';
import type { Configuration } from './configuration';
import { configErrorDiagnostic, findingDiagnostics, tooLargeDiagnostic } from './diagnostics';
import { NOTIFICATIONS } from './protocol';

/** The last results for one document: requests are answered from these, never by waiting for a lint. */
export interface DocState {
  version: number;
  findings: Finding[];
  lines: LineIndex;
  /** Parsed in this thread, where the lint ran here (the editor lints on workers: then absent). */
  doc?: ReportDocument;
  /** Outline, folds, figure notes and statistics: sent back by the worker, or derived from `doc` once. */
  structure?: DocumentStructure;
  config: ResolvedConfig;
}

/** Lints open documents as they change, cancels stale runs and publishes diagnostics. */
export class DocumentLinter {
  private readonly states = new Map<string, DocState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastEdit = new Map<string, number>();
  /** How many lints of each document are under way. */
  private readonly running = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly configuration: Configuration,
    private readonly engine: LintEngine,
  ) {}

  /** The last results, of whichever version. */
  last(uri: string): DocState | undefined {
    return this.states.get(uri);
  }

  /** The last results if they are of the document's current version. */
  current(uri: string): DocState | undefined {
    const state = this.states.get(uri);
    return state && state.version === this.documents.get(uri)?.version ? state : undefined;
  }

  /**
   * A parsed document for symbols, folding, hover and statistics: the last lint's, or parsed now when there
   * is none yet and the document is small enough to parse without holding up other requests.
   */
  docFor(uri: string): ReportDocument | undefined {
    const state = this.states.get(uri);
    if (state?.doc) return state.doc;
    const textDoc = this.documents.get(uri);
    if (!textDoc || textDoc.getText().length > this.configuration.offThreadChars) return undefined;
    return parseReport(textDoc.getText());
  }

  /** The outline, folds and figure notes of the last results (or of the text now, for a small new document). */
  structureFor(uri: string): DocumentStructure | undefined {
    const state = this.states.get(uri);
    if (state) {
      if (!state.structure && state.doc) state.structure = documentStructure(state.doc);
      if (state.structure) return state.structure;
    }
    const doc = this.docFor(uri);
    return doc ? documentStructure(doc) : undefined;
  }

  /**
   * An edit that finds no lint of its document running is linted at once (an edit job costs only the
   * paragraphs it changed); a burst of typing while one runs is linted once it pauses for the debounce.
   */
  schedule(uri: string, debounce: number): void {
    clearTimeout(this.timers.get(uri));
    const now = Date.now();
    const quiet = !this.running.get(uri) || now - (this.lastEdit.get(uri) ?? 0) >= debounce;
    this.lastEdit.set(uri, now);
    const timer = setTimeout(
      () => {
        this.timers.delete(uri);
        this.validate(uri).catch((err) => this.connection.console.error(`检查失败：${(err as Error).stack ?? err}`));
      },
      quiet ? 0 : debounce,
    );
    this.timers.set(uri, timer);
  }

  revalidateAll(): void {
    this.configuration.clear();
    for (const d of this.documents.all()) this.schedule(d.uri, 0);
  }

  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.states.delete(uri);
    this.lastEdit.delete(uri);
    this.running.delete(uri);
    this.configuration.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private publish(uri: string, state: DocState, extra: Diagnostic[]): void {
    const diagnostics = [...extra, ...findingDiagnostics(uri, state.lines, state.findings, state.version)];
    void this.connection.sendDiagnostics({ uri, version: state.version, diagnostics });
  }

  private lintEnded(uri: string): void {
    const left = (this.running.get(uri) ?? 1) - 1;
    if (left > 0) this.running.set(uri, left);
    else this.running.delete(uri);
  }

  private async validate(uri: string): Promise<void> {
    const textDoc = this.documents.get(uri);
    if (!textDoc) return;
    const version = textDoc.version;
    const text = textDoc.getText();
    const maxBytes = this.configuration.maxDocumentBytes;
    // Three bytes a UTF-16 unit at most: only a text near the cap is measured.
    if (text.length * 3 > maxBytes && Buffer.byteLength(text) > maxBytes) {
      this.states.delete(uri);
      void this.connection.sendDiagnostics({ uri, version, diagnostics: [tooLargeDiagnostic(Buffer.byteLength(text), maxBytes)] });
      return;
    }
    const { config, error } = this.configuration.for(uri);
    const extra = error ? [configErrorDiagnostic(error)] : [];
    const isStale = () => this.documents.get(uri)?.version !== version;
    // Each result, early or complete, becomes the document's state and is published.
    const settle = (r: Pick<DocState, 'findings' | 'lines' | 'doc' | 'structure'>, complete: boolean) => {
      const state: DocState = { version, findings: r.findings, lines: r.lines, doc: r.doc, structure: r.structure, config };
      this.states.set(uri, state);
      this.publish(uri, state, extra);
      void this.connection.sendNotification(NOTIFICATIONS.linted, { uri, version, complete });
    };
    // Every document is linted on the worker that keeps its per-paragraph findings, so that no request waits
    // behind a lint and an edit costs only what it changed.
    this.running.set(uri, (this.running.get(uri) ?? 0) + 1);
    const result = await this.engine
      .lintEdit({ text, config, key: uri, isStale, onEarly: (early) => settle(early, false) })
      .finally(() => this.lintEnded(uri));
    if (!result.complete || isStale()) return;
    if (result.segmentedError) this.connection.console.warn(`需要分词的规则未运行：${result.segmentedError}`);
    settle(result, true);
  }
}
