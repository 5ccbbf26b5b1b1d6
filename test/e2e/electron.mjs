#!/usr/bin/env node
// The same end-to-end suite under @vscode/test-electron, for machines that can download VS Code
// (or that have one: set VSCODE_EXECUTABLE to skip the download). Usage: node test/e2e/electron.mjs
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-electron-'));
fs.copyFileSync(path.resolve(ROOT, '..', 'shared', 'seeds', '000_94efb854003a39c7.txt'), path.join(workspace, 'seed-000.report.txt'));

await runTests({
  extensionDevelopmentPath: ROOT,
  extensionTestsPath: path.join(ROOT, 'test', 'e2e', 'runner', 'electron-index.js'),
  launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : {}),
});
