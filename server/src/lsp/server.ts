import * as path from 'path';
import { fileURLToPath } from 'url';
import { wordViewSourcePath } from '../node/formats/word-view';
import {
  CodeAction,
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ConfigError,
  configLayerFromObject,
  fixText,
  lint,
  mergePhases,
  parseReport,
  reportStatistics,
  RULES,
  RULES_BY_ID,
  statisticsMarkdown,
  type ConfigLayer,
  type Finding,
  type ReportDocument,
  type ResolvedConfig,
} from '../core';
import { figureChecks } from '../core/analysis/figure-checks';
import { ConfigLoader } from '../node/config-loader';
import { addAllowedWord } from '../node/config-writer';
import { SegmentedRunner } from '../node/segmented-runner';
import { COMMANDS, REQUESTS } from './protocol';
import { readReportFile } from '../node/report-file';
import {
  documentSymbols,
  foldingRanges,
  minimalEdit,
  quickFixes,
  toDiagnostic,
  toRange,
  type DiagnosticData,
} from './convert';


/** Rules whose findings a writer can silence by allowing the word. */
const WORD_RULES = new Set(['typo', 'repeated-char', 'variant-form']);

const NUMBERING_RULES = new Set(['numbering-sequence', 'numbering-style']);

interface DocState {
  version: number;
  doc: ReportDocument;
  findings: Finding[];
  config: ResolvedConfig;
}

export interface ServerSettings {
  rules?: Record<string, string>;
  typos?: Record<string, string>;
  allow?: string[];
  debounceMs?: number;
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const documents = new TextDocuments(TextDocument);
  const loader = new ConfigLoader();
  const states = new Map<string, DocState>();
  const timers = new Map<string, NodeJS.Timeout>();
  let settings: ServerSettings = {};
  let pullConfiguration = false;
  const segmentedRules = RULES.filter((r) => r.meta.usesSegmenter);

  // --- segmentation worker -------------------------------------------------------------------------
  // The dictionary lives outside the heap (typed arrays); a bounded heap keeps a long session's garbage small.
  const segmented = new SegmentedRunner(undefined, (message) => connection.console.error(`分词进程出错：${message}`), 256);

  // --- configuration -----------------------------------------------------------------------------------
  const settingsLayer = (): ConfigLayer => {
    const rules: Record<string, string> = {};
    for (const [id, sev] of Object.entries(settings.rules ?? {})) {
      if (RULES_BY_ID.has(id) && ['off', 'warn', 'error'].includes(sev)) rules[id] = sev;
    }
    return configLayerFromObject({ rules, typos: settings.typos ?? {}, allow: settings.allow ?? [] }, 'settings');
  };
  // Resolved once a document until the settings or a .reportlintrc.json change (revalidateAll clears it).
  const configCache = new Map<string, { config: ResolvedConfig; error?: ConfigError }>();
  const configFor = (uri: string): { config: ResolvedConfig; error?: ConfigError } => {
    let cached = configCache.get(uri);
    if (!cached) configCache.set(uri, (cached = resolveConfigFor(uri)));
    return cached;
  };
  const resolveConfigFor = (uri: string): { config: ResolvedConfig; error?: ConfigError } => {
    const filePath = uri.startsWith('file:') ? fileURLToPath(uri) : wordViewSourcePath(uri);
    let layer: ConfigLayer | undefined;
    try {
      layer = settingsLayer();
    } catch {
      layer = undefined; // settings are filtered above; a bad typo map is simply ignored
    }
    try {
      return { config: loader.resolveFor(filePath, { settings: layer }) };
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      return { config: loader.resolveFor(undefined, { settings: layer, explicitFile: undefined }), error: err };
    }
  };
  const refreshSettings = async () => {
    if (!pullConfiguration) return;
    const value = (await connection.workspace.getConfiguration('reportlint')) as ServerSettings | null;
    settings = value ?? {};
  };

  // --- validation -----------------------------------------------------------------------------------
  const publish = (uri: string, state: DocState, extra: Diagnostic[] = []) => {
    const diagnostics = state.findings.map((f, index) =>
      toDiagnostic(state.doc.lines, uri, f, { index, version: state.version } satisfies DiagnosticData),
    );
    void connection.sendDiagnostics({ uri, version: state.version, diagnostics: [...extra, ...diagnostics] });
  };

  const validate = async (uri: string) => {
    const textDoc = documents.get(uri);
    if (!textDoc) return;
    const version = textDoc.version;
    const text = textDoc.getText();
    const { config, error } = configFor(uri);
    const extra: Diagnostic[] = error
      ? [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: 1,
            source: 'reportlint',
            code: 'config',
            message: `配置文件有误，已改用默认配置：${error.message}`,
          },
        ]
      : [];
    const fast = lint(text, { config, phase: 'fast' });
    const state: DocState = { version, doc: fast.doc, findings: fast.findings, config };
    states.set(uri, state);
    publish(uri, state, extra);
    if (!segmentedRules.some((r) => config.rules[r.meta.id]?.severity !== 'off')) return;
    const response = await segmented.run(text, config);
    const current = states.get(uri);
    if (!current || current.version !== version || documents.get(uri)?.version !== version) return; // stale
    if (response.error) {
      connection.console.warn(`需要分词的规则未运行：${response.error}`);
      return;
    }
    current.findings = mergePhases(current.findings, response.findings ?? []);
    publish(uri, current, extra);
  };

  // Leading-edge debounce: an edit after a quiet spell is linted at once; a burst of typing (edits closer
  // together than the debounce) is linted once it pauses.
  const lastEdit = new Map<string, number>();
  const schedule = (uri: string, debounce: number) => {
    clearTimeout(timers.get(uri));
    const now = Date.now();
    const quiet = now - (lastEdit.get(uri) ?? 0) >= debounce;
    lastEdit.set(uri, now);
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        validate(uri).catch((err) => connection.console.error(`检查失败：${(err as Error).stack ?? err}`));
      }, quiet ? 0 : debounce),
    );
  };
  const revalidateAll = () => {
    loader.clear();
    configCache.clear();
    for (const d of documents.all()) schedule(d.uri, 0);
  };

  // --- protocol ---------------------------------------------------------------------------------------
  let workspaceRoots: string[] = [];
  const workspaceRootFor = (filePath: string) =>
    workspaceRoots.filter((r) => filePath.startsWith(r + path.sep)).sort((a, b) => b.length - a.length)[0];

  connection.onInitialize((params): InitializeResult => {
    workspaceRoots = (params.workspaceFolders ?? [])
      .filter((f) => f.uri.startsWith('file:'))
      .map((f) => fileURLToPath(f.uri));
    pullConfiguration = params.capabilities.workspace?.configuration === true;
    settings = (params.initializationOptions as { settings?: ServerSettings } | undefined)?.settings ?? {};
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
        documentSymbolProvider: { label: 'ReportLint' },
        foldingRangeProvider: true,
        hoverProvider: true,
        executeCommandProvider: { commands: Object.values(COMMANDS) },
      },
      serverInfo: { name: 'reportlint-language-server' },
    };
  });

  connection.onInitialized(async () => {
    if (pullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'reportlint' });
      await refreshSettings().catch(() => undefined);
      revalidateAll();
    }
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (pullConfiguration) await refreshSettings().catch(() => undefined);
    else settings = ((change.settings as { reportlint?: ServerSettings } | null)?.reportlint ?? {}) as ServerSettings;
    revalidateAll();
  });
  connection.onDidChangeWatchedFiles(() => revalidateAll());

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri, settings.debounceMs ?? 75));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    states.delete(e.document.uri);
    lastEdit.delete(e.document.uri);
    configCache.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  const currentDoc = (uri: string): ReportDocument | undefined => {
    const textDoc = documents.get(uri);
    if (!textDoc) return undefined;
    const state = states.get(uri);
    return state && state.version === textDoc.version ? state.doc : parseReport(textDoc.getText());
  };

  connection.onDocumentSymbol((p) => {
    const doc = currentDoc(p.textDocument.uri);
    return doc ? documentSymbols(doc) : [];
  });
  connection.onFoldingRanges((p) => {
    const doc = currentDoc(p.textDocument.uri);
    return doc ? foldingRanges(doc) : [];
  });

  const fixAllEdit = (uri: string, only?: ReadonlySet<string>) => {
    const textDoc = documents.get(uri);
    if (!textDoc) return undefined;
    const state = states.get(uri);
    const config = state?.config ?? configFor(uri).config;
    const before = textDoc.getText();
    const after = fixText(before, { config, only, phase: 'fast' }).text;
    return { changes: { [uri]: minimalEdit(currentDoc(uri)!.lines, before, after) } };
  };

  connection.onCodeAction((p) => {
    const uri = p.textDocument.uri;
    const state = states.get(uri);
    const textDoc = documents.get(uri);
    if (!state || !textDoc || state.version !== textDoc.version) return [];
    const actions: CodeAction[] = [];
    const rulesSeen = new Set<string>();
    for (const d of p.context.diagnostics) {
      const data = d.data as DiagnosticData | undefined;
      if (!data || data.version !== state.version) continue;
      const f = state.findings[data.index];
      if (!f) continue;
      actions.push(...quickFixes(state.doc.lines, uri, f, d));
      if (WORD_RULES.has(f.ruleId) && uri.startsWith('file:')) {
        const word = state.doc.text.slice(f.span.start, f.span.end);
        actions.push({
          title: `将「${word}」加入允许的词语（.reportlintrc.json）`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: { title: '加入允许的词语', command: COMMANDS.addAllowedWord, arguments: [uri, word] },
        });
      }
      const sameRule = state.findings.filter((x) => x.ruleId === f.ruleId && x.fix);
      if (sameRule.length > 1 && !rulesSeen.has(f.ruleId)) {
        rulesSeen.add(f.ruleId);
        const edit = fixAllEdit(uri, new Set([f.ruleId]));
        if (edit) actions.push({ title: `修正本文件中所有「${f.ruleId}」问题（${sameRule.length} 处）`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit });
      }
    }
    const only = p.context.only;
    if (!only || only.some((k) => CodeActionKind.SourceFixAll.startsWith(k) || k.startsWith(CodeActionKind.SourceFixAll))) {
      if (state.findings.some((f) => f.fix)) {
        const edit = fixAllEdit(uri);
        if (edit) actions.push({ title: '修正所有可自动修正的问题（ReportLint）', kind: `${CodeActionKind.SourceFixAll}.reportlint`, edit });
      }
    }
    return actions;
  });

  connection.onHover((p) => {
    const doc = currentDoc(p.textDocument.uri);
    if (!doc) return null;
    const state = states.get(p.textDocument.uri);
    const offset = doc.lines.offsetAt(p.position);
    const inside = (s: { start: number; end: number }) => s.start <= offset && offset < Math.max(s.end, s.start + 1);
    const hits = (state?.doc === doc ? state.findings : []).filter((f) => inside(f.span));
    const parts = hits.map((f) => {
      const rule = RULES_BY_ID.get(f.ruleId);
      return [`**${f.ruleId}**${rule ? ` — ${rule.meta.description}` : ''}`, f.detail ? '```\n' + f.detail + '\n```' : '']
        .filter(Boolean)
        .join('\n\n');
    });
    // Figures the text checks itself: show the arithmetic, also when it holds.
    const checks = figureChecks(doc).filter((c) => c.ok && inside(c.span));
    for (const c of checks) parts.push('```\n' + c.detail + '\n```');
    if (!parts.length) return null;
    const span = hits[0]?.span ?? checks[0].span;
    return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: toRange(doc.lines, span) };
  });

  connection.onExecuteCommand(async (p) => {
    const uri = (p.arguments?.[0] as string | undefined) ?? '';
    if (p.command === COMMANDS.renumber) {
      const edit = fixAllEdit(uri, NUMBERING_RULES);
      if (edit) await connection.workspace.applyEdit({ label: '重新编号标题', edit });
      return edit ? edit.changes[uri].length : 0;
    }
    if (p.command === COMMANDS.addAllowedWord) {
      const word = String(p.arguments?.[1] ?? '');
      if (!word || !uri.startsWith('file:')) return null;
      const filePath = fileURLToPath(uri);
      const { files } = loader.layersForDirectory(path.dirname(filePath));
      const written = addAllowedWord(files[files.length - 1], workspaceRootFor(filePath) ?? path.dirname(filePath), word);
      revalidateAll();
      return written;
    }
    if (p.command === COMMANDS.fixAllOfRule) {
      const rule = p.arguments?.[1] as string;
      const edit = fixAllEdit(uri, new Set([rule]));
      if (edit) await connection.workspace.applyEdit({ label: `修正所有 ${rule}`, edit });
      return edit ? edit.changes[uri].length : 0;
    }
    return null;
  });

  // Custom requests for the VS Code client's commands and status bar.
  connection.onRequest(REQUESTS.statistics, (p: { uri: string }) => {
    const doc = currentDoc(p.uri);
    if (!doc) return null;
    const stats = reportStatistics(doc);
    const state = states.get(p.uri);
    const name = decodeURIComponent(p.uri.split('/').pop() ?? p.uri);
    return { stats, markdown: statisticsMarkdown(stats, name), findings: state?.findings.length ?? 0 };
  });

  /** Lints report files that are not open and publishes their diagnostics (Lint all reports in the workspace). */
  connection.onRequest(REQUESTS.lintFiles, async (p: { uris: string[] }) => {
    let findings = 0;
    let files = 0;
    for (const uri of p.uris) {
      if (documents.get(uri) || !uri.startsWith('file:')) continue;
      let text: string;
      try {
        text = readReportFile(fileURLToPath(uri)).text;
      } catch (err) {
        connection.console.warn(`跳过 ${uri}：${(err as Error).message}`);
        continue;
      }
      const { config } = configFor(uri);
      const fast = lint(text, { config, phase: 'fast' });
      const slow = await segmented.run(text, config);
      const all = mergePhases(fast.findings, slow.findings ?? []);
      files++;
      findings += all.length;
      void connection.sendDiagnostics({
        uri,
        diagnostics: all.map((f, index) => toDiagnostic(fast.doc.lines, uri, f, { index, version: -1 })),
      });
    }
    return { files, findings };
  });

  connection.onShutdown(async () => {
    await segmented.close();
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
