import * as path from 'path';
import * as vscode from 'vscode';
import { readDocxFile } from '../../server/src/node/formats/docx';
import { WORD_VIEW_SCHEME } from '../../server/src/node/formats/word-view';

/**
 * "检查 Word 文档": the extracted text of a .docx, opened read-only beside it as a 工作报告 document, so the language
 * server checks it and the Outline view and statistics work on it. Re-running the command, or saving the .docx,
 * reads the file again.
 */
export function registerWordCommand(context: vscode.ExtensionContext): void {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const watched = new Map<string, vscode.Disposable>();

  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    provideTextDocumentContent(uri) {
      const filePath = uri.fsPath;
      try {
        return readDocxFile(filePath).text;
      } catch (err) {
        void vscode.window.showErrorMessage(`ReportLint：${(err as Error).message}`);
        return '';
      }
    },
  };

  const viewUriOf = (docx: vscode.Uri) => vscode.Uri.from({ scheme: WORD_VIEW_SCHEME, path: docx.path });

  const watch = (docx: vscode.Uri, view: vscode.Uri) => {
    if (watched.has(view.toString())) return;
    const watcher = vscode.workspace.createFileSystemWatcher(
      new vscode.RelativePattern(vscode.Uri.file(path.dirname(docx.fsPath)), path.basename(docx.fsPath)),
    );
    watcher.onDidChange(() => changed.fire(view));
    watcher.onDidCreate(() => changed.fire(view));
    watched.set(view.toString(), watcher);
  };

  const check = async (target?: vscode.Uri): Promise<vscode.TextDocument | undefined> => {
    let docx = target ?? vscode.window.activeTextEditor?.document.uri;
    if (!docx || docx.scheme !== 'file' || path.extname(docx.fsPath).toLowerCase() !== '.docx') {
      const picked = await vscode.window.showOpenDialog({ filters: { 'Word 文档': ['docx'] }, canSelectMany: false });
      docx = picked?.[0];
    }
    if (!docx) return undefined;
    const view = viewUriOf(docx);
    watch(docx, view);
    changed.fire(view); // already open: read the .docx again
    let doc = await vscode.workspace.openTextDocument(view);
    if (doc.languageId !== 'workreport') doc = await vscode.languages.setTextDocumentLanguage(doc, 'workreport');
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    return doc;
  };

  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(WORD_VIEW_SCHEME, provider),
    vscode.commands.registerCommand('reportlint.checkWordDocument', check),
    { dispose: () => watched.forEach((w) => w.dispose()) },
  );
}
