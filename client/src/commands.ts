import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

/** Server-side command ids (see server/src/lsp/server.ts COMMANDS). */
const SERVER = {
  renumber: '_reportlint.renumberHeadings',
  fixAllOfRule: '_reportlint.fixAllOfRule',
};

export function registerCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  const activeUri = (): string | undefined => vscode.window.activeTextEditor?.document.uri.toString();
  const run = async (command: string, ...args: unknown[]) => {
    const client = getClient();
    const uri = activeUri();
    if (!client || !uri) {
      void vscode.window.showWarningMessage('ReportLint：请先打开一份报告。');
      return undefined;
    }
    return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [uri, ...args] });
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('reportlint.renumberHeadings', async () => {
      const changed = await run(SERVER.renumber);
      if (changed === 0) void vscode.window.showInformationMessage('ReportLint：标题编号无需调整。');
    }),
    vscode.commands.registerCommand('reportlint.fixAllOfRule', (ruleId: string) => run(SERVER.fixAllOfRule, ruleId)),
  );
}
