import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './seeds';

/** The built language server over stdio, driven by a JSON-RPC client as any editor would. */
export class LspClient {
  readonly proc: ChildProcess;
  readonly conn: ProtocolConnection;
  private readonly listeners: ((p: PublishDiagnosticsParams) => void)[] = [];
  readonly published: PublishDiagnosticsParams[] = [];
  stderr = '';

  constructor(
    settings: Record<string, unknown> = {},
    private readonly configuration?: Record<string, unknown>,
  ) {
    this.proc = spawn(process.execPath, [path.join(ROOT, 'bin', 'reportlint-language-server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.proc.stderr!.on('data', (d) => (this.stderr += d));
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.latest.set(p.uri, p);
      for (const l of [...this.listeners]) l(p);
    });
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.configuration ?? {}));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('workspace/applyEdit', (p) => {
      this.appliedEdits.push(p);
      return { applied: true };
    });
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.onNotification('reportlint/linted', (p: { uri: string; version: number; complete: boolean }) => {
      for (const l of [...this.lintedListeners]) l(p);
    });
    this.conn.listen();
    this.settings = settings;
  }

  readonly appliedEdits: unknown[] = [];
  /** The last diagnostics of each document. */
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private readonly lintedListeners: ((p: { uri: string; version: number; complete: boolean }) => void)[] = [];

  /**
   * Resolves with the complete diagnostics (both phases) of this version of the document, once the server says
   * they are complete; the diagnostics come just before that word.
   */
  waitForComplete(uri: string, version: number, timeoutMs = 60000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no complete diagnostics for ${uri} v${version}; stderr: ${this.stderr}`)),
        timeoutMs,
      );
      const listener = (p: { uri: string; version: number; complete: boolean }) => {
        if (p.uri !== uri || p.version !== version || !p.complete) return;
        clearTimeout(timer);
        this.lintedListeners.splice(this.lintedListeners.indexOf(listener), 1);
        const diagnostics = this.latest.get(uri);
        if (diagnostics?.version === version) resolve(diagnostics);
        else reject(new Error(`complete v${version} came without its diagnostics`));
      };
      this.lintedListeners.push(listener);
    });
  }
  private settings: Record<string, unknown>;

  async initialize(extra: { workspaceFolders?: { uri: string; name: string }[] } = {}): Promise<unknown> {
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: extra.workspaceFolders ?? null,
      capabilities: {
        workspace: { configuration: this.configuration !== undefined, applyEdit: true },
        textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
      },
      initializationOptions: { settings: this.settings },
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the first diagnostics for `uri` that satisfy `until` (no sleeping). */
  waitForDiagnostics(uri: string, until: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 15000) {
    return new Promise<PublishDiagnosticsParams>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr}`)),
        timeoutMs,
      );
      const listener = (p: PublishDiagnosticsParams) => {
        if (p.uri === uri && until(p)) {
          clearTimeout(timer);
          this.listeners.splice(this.listeners.indexOf(listener), 1);
          resolve(p);
        }
      };
      this.listeners.push(listener);
    });
  }

  open(uri: string, text: string, version = 1) {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'workreport', version, text } });
  }

  change(uri: string, version: number, changes: unknown[]) {
    return this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async close(): Promise<void> {
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.conn.dispose();
    this.proc.kill();
  }
}
