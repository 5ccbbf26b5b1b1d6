import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS as SERVER, REQUESTS } from '../../server/src/lsp/protocol';

/** Report-like file names, as the language contribution in package.json lists them. */
const REPORT_GLOB = '**/{*.report.txt,*.report.md,*工作报告*.txt,*工作总结*.txt,*工作要点*.txt,*工作报告*.md,*工作总结*.md,*工作要点*.md}';

export interface StatisticsResponse {
  stats: { characters: number };
  markdown: string;
  findings: number;
}

export function registerCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  const activeUri = (): string | undefined => vscode.window.activeTextEditor?.document.uri.toString();
  const withClient =
    <T>(fn: (client: LanguageClient, uri: string) => Promise<T>) =>
    async (): Promise<T | undefined> => {
      const client = getClient();
      const uri = activeUri();
      if (!client || !uri) {
        void vscode.window.showWarningMessage('ReportLint：请先打开一份报告。');
        return undefined;
      }
      return fn(client, uri);
    };

  context.subscriptions.push(
    vscode.commands.registerCommand(
      'reportlint.renumberHeadings',
      withClient(async (client, uri) => {
        const changed = await client.sendRequest(ExecuteCommandRequest.type, { command: SERVER.renumber, arguments: [uri] });
        if (changed === 0) void vscode.window.showInformationMessage('ReportLint：标题编号无需调整。');
        return changed;
      }),
    ),
    vscode.commands.registerCommand('reportlint.fixAllOfRule', (ruleId: string) =>
      withClient((client, uri) =>
        client.sendRequest(ExecuteCommandRequest.type, { command: SERVER.fixAllOfRule, arguments: [uri, ruleId] }),
      )(),
    ),
    vscode.commands.registerCommand(
      'reportlint.showStatistics',
      withClient(async (client, uri) => {
        const result = await client.sendRequest<StatisticsResponse | null>(REQUESTS.statistics, { uri });
        if (!result) return undefined;
        const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
        await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
        return result;
      }),
    ),
    vscode.commands.registerCommand('reportlint.lintWorkspace', async () => {
      const client = getClient();
      if (!client) return undefined;
      const cfg = vscode.workspace.getConfiguration('reportlint');
      const globs = [REPORT_GLOB];
      if (cfg.get<boolean>('lintPlainText')) globs.push('**/*.txt');
      if (cfg.get<boolean>('lintMarkdown')) globs.push('**/*.md');
      const found = new Map<string, vscode.Uri>();
      for (const g of globs)
        for (const uri of await vscode.workspace.findFiles(g, '**/node_modules/**', 10000)) found.set(uri.toString(), uri);
      return vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `ReportLint：检查 ${found.size} 份报告` },
        async () => {
          const result = await client.sendRequest<{ files: number; findings: number }>(REQUESTS.lintFiles, { uris: [...found.keys()] });
          void vscode.window.showInformationMessage(
            `ReportLint：检查了 ${result.files} 份报告，发现 ${result.findings} 个问题，见“问题”面板。`,
          );
          return result;
        },
      );
    }),
  );
}
