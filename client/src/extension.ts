import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { registerStatusBar } from './status-bar';
import { registerWordCommand } from './word';
import { WORD_VIEW_SCHEME } from '../../server/src/node/formats/word-view';

let client: LanguageClient | undefined;

function documentSelector(): LanguageClientOptions['documentSelector'] {
  const cfg = vscode.workspace.getConfiguration('reportlint');
  const selector: { language: string; scheme?: string }[] = [
    { language: 'workreport', scheme: 'file' },
    { language: 'workreport', scheme: 'untitled' },
    { language: 'workreport', scheme: WORD_VIEW_SCHEME },
  ];
  if (cfg.get<boolean>('lintPlainText')) selector.push({ language: 'plaintext', scheme: 'file' });
  if (cfg.get<boolean>('lintMarkdown')) selector.push({ language: 'markdown', scheme: 'file' });
  return selector;
}

async function startClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.reportlintrc.json') },
    initializationOptions: { settings: vscode.workspace.getConfiguration('reportlint') },
  };
  const c = new LanguageClient('reportlint', 'ReportLint', serverOptions, clientOptions);
  await c.start();
  return c;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = await startClient(context);
  registerCommands(context, () => client);
  registerStatusBar(context, () => client);
  registerWordCommand(context);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // Which languages are linted is fixed when the client starts: restart it to apply.
      if (e.affectsConfiguration('reportlint.lintPlainText') || e.affectsConfiguration('reportlint.lintMarkdown')) {
        await client?.stop();
        client = await startClient(context);
      }
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
