import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { StatisticsResponse } from './commands';
import { REQUESTS } from '../../server/src/lsp/protocol';

const LANGUAGES = new Set(['workreport', 'plaintext', 'markdown']);

/** 字数 and the number of findings of the active report, kept current as the writer types. */
export function registerStatusBar(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  const item = vscode.window.createStatusBarItem('reportlint.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'ReportLint';
  item.command = 'reportlint.showStatistics';
  context.subscriptions.push(item);
  let timer: NodeJS.Timeout | undefined;

  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const editor = vscode.window.activeTextEditor;
      const client = getClient();
      if (!editor || !client || !LANGUAGES.has(editor.document.languageId)) {
        item.hide();
        return;
      }
      const uri = editor.document.uri.toString();
      const diagnostics = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'reportlint');
      if (editor.document.languageId !== 'workreport' && !diagnostics.length) {
        item.hide();
        return;
      }
      try {
        const result = await client.sendRequest<StatisticsResponse | null>(REQUESTS.statistics, { uri });
        if (!result) return;
        item.text = `$(book) 字数 ${result.stats.characters.toLocaleString('zh-CN')}  $(warning) ${diagnostics.length}`;
        item.tooltip = `ReportLint：字数 ${result.stats.characters}，问题 ${diagnostics.length}。点击查看报告统计。`;
        item.show();
      } catch {
        item.hide();
      }
    }, 300);
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) refresh();
    }),
    vscode.languages.onDidChangeDiagnostics(refresh),
  );
  refresh();
}
