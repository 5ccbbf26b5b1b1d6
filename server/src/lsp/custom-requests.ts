import { fileURLToPath } from 'url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { statisticsMarkdown } from '../core';
import type { LintEngine } from '../node/engine';
import { readReportFile } from '../node/report-file';
import type { Configuration } from './configuration';
import { findingDiagnostics } from './diagnostics';
import type { DocumentLinter } from './documents';
import { REQUESTS } from './protocol';

/** Requests of the VS Code client beyond LSP: statistics for the status bar, linting files that are not open. */
export function registerCustomRequests(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  configuration: Configuration,
  linter: DocumentLinter,
  engine: LintEngine,
): void {
  connection.onRequest(REQUESTS.statistics, (p: { uri: string }) => {
    const stats = linter.structureFor(p.uri)?.statistics;
    if (!stats) return null;
    const name = decodeURIComponent(p.uri.split('/').pop() ?? p.uri);
    return { stats, markdown: statisticsMarkdown(stats, name), findings: linter.last(p.uri)?.findings.length ?? 0 };
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
      const result = await engine.lintOffThread({ text, config: configuration.for(uri).config });
      files++;
      findings += result.findings.length;
      void connection.sendDiagnostics({ uri, diagnostics: findingDiagnostics(uri, result.lines, result.findings, -1) });
    }
    return { files, findings };
  });
}
