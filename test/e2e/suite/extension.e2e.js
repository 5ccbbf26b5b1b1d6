// The extension in a real VS Code: diagnostics in the Problems panel, the Outline, a quick fix, the commands.
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');

/** Waits for an event-driven condition (never a fixed sleep). */
function waitFor(check, event, timeoutMs, what) {
  return new Promise((resolve, reject) => {
    const first = check();
    if (first) return resolve(first);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const sub = event(() => {
      const value = check();
      if (value) {
        clearTimeout(timer);
        sub.dispose();
        resolve(value);
      }
    });
  });
}

describe('ReportLint in VS Code', function () {
  let uri;
  let doc;

  before(async () => {
    const folder = vscode.workspace.workspaceFolders[0].uri;
    uri = vscode.Uri.joinPath(folder, 'seed-000.report.txt');
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
  });

  it('opens the report as the 工作报告 language, which activates the extension', async () => {
    assert.strictEqual(doc.languageId, 'workreport');
    const extension = vscode.extensions.getExtension('reportlint.reportlint');
    await extension.activate(); // resolves once the activation that opening the report started has finished
    assert.ok(extension.isActive);
  });

  it('lists the 部暑 typos (lines 6 and 24) with their rule and docs link', async () => {
    const typos = await waitFor(
      () => {
        const found = vscode.languages.getDiagnostics(uri).filter((d) => d.message.includes('部暑'));
        return found.length >= 2 ? found : undefined;
      },
      vscode.languages.onDidChangeDiagnostics,
      90000,
      'the 部暑 diagnostics',
    );
    assert.deepStrictEqual(
      typos.map((d) => d.range.start.line + 1).sort((a, b) => a - b),
      [6, 24],
    );
    assert.strictEqual(typos[0].source, 'reportlint');
    assert.strictEqual(typos[0].code.value, 'typo');
    assert.match(String(typos[0].code.target), /docs\/rules\/typo\.md$/);
  });

  it('gives the outline: 一、2020年工作总结 with its sections', async () => {
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
    assert.strictEqual(symbols[0].name, '一、2020年工作总结');
    assert.deepStrictEqual(
      symbols[0].children.map((s) => s.name.slice(0, 3)),
      ['（一）', '（二）', '（三）'],
    );
    assert.strictEqual(symbols[1].name, '二、2021年工作要点');
  });

  it('applies a quick fix: 部暑 → 部署', async () => {
    // The later one: the first stays for the Problems panel screenshot, near the top of the list.
    const diagnostic = vscode.languages
      .getDiagnostics(uri)
      .filter((d) => d.message.includes('部暑'))
      .pop();
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diagnostic.range);
    const fix = actions.find((a) => a.title === '改为「部署」');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.lineAt(diagnostic.range.start.line).text, /党史学习教育部署/);
    await waitFor(
      () => vscode.languages.getDiagnostics(uri).filter((d) => d.message.includes('部暑')).length === 1 || undefined,
      vscode.languages.onDidChangeDiagnostics,
      60000,
      'one 部暑 diagnostic left',
    );
  });

  it('runs the statistics and renumber commands', async () => {
    await vscode.commands.executeCommand('reportlint.showStatistics');
    await waitFor(
      () => vscode.window.visibleTextEditors.find((e) => e.document.getText().startsWith('# 报告统计')),
      vscode.window.onDidChangeVisibleTextEditors,
      30000,
      'the statistics page',
    );
    await vscode.window.showTextDocument(doc);
    const before = doc.getText();
    await vscode.commands.executeCommand('reportlint.renumberHeadings');
    assert.strictEqual(doc.getText(), before, 'seed 000 needs no renumbering');
  });

  after(async () => {
    // Leave the report in front with the Problems panel open, for the harness's screenshots.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await doc.save();
    void path;
  });
});
