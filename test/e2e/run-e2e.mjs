#!/usr/bin/env node
// End-to-end test in a real VS Code: code-server 4.100.3 (VS Code 1.100.3, the newest that runs on Node 20)
// from the npm registry, opened by Debian's chromium through playwright-core. The suite itself runs with mocha
// inside the extension host (test/e2e/runner); this script installs what it needs (cached in .e2e-cache/),
// packages and installs the extension, starts everything, waits for the results and takes screenshots.
import { execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CACHE = path.join(ROOT, '.e2e-cache');
const ARTIFACTS = path.join(ROOT, 'test', 'e2e', 'artifacts');
const CODE_SERVER_VERSION = '4.100.3';
const APT_PACKAGES = [
  'chromium',
  'fonts-wqy-zenhei',
  'ripgrep',
  'libkrb5-dev',
  'libx11-dev',
  'libxkbfile-dev',
  'libsecret-1-dev',
  'pkg-config',
];
const SEED = path.resolve(ROOT, '..', 'shared', 'seeds', '000_94efb854003a39c7.txt');

const log = (s) => console.log(`[e2e] ${s}`);
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
};

function ensureAptPackages() {
  const missing = APT_PACKAGES.filter((p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status !== 0);
  if (!missing.length) return;
  if (process.getuid?.() !== 0) throw new Error(`missing Debian packages (run as root or install them): ${missing.join(' ')}`);
  log(`installing ${missing.join(' ')}`);
  run('apt-get', ['update', '-q']);
  run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** code-server with its scripts off (they download from GitHub), then its own modules built here. */
function ensureCodeServer() {
  const dir = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
  const pkg = path.join(dir, 'node_modules', 'code-server');
  const entry = path.join(pkg, 'out', 'node', 'entry.js');
  const done = path.join(dir, '.installed');
  if (fs.existsSync(done)) return entry;
  log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (once; about 300 MB)`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"e2e-code-server","private":true}');
  const env = {
    ...process.env,
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  run('npm', ['install', '--no-save', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], { cwd: dir, env });
  // code-server's own postinstall refuses root; its one native dependency is built here.
  run('npm', ['rebuild', 'argon2'], { cwd: dir, env });
  for (const sub of ['lib/vscode', 'lib/vscode/extensions']) {
    const cwd = path.join(pkg, sub);
    if (!fs.existsSync(path.join(cwd, 'package.json'))) continue;
    run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-save', '--legacy-peer-deps'], { cwd, env });
    const rg = path.join(cwd, 'node_modules', '@vscode', 'ripgrep', 'bin');
    if (fs.existsSync(path.dirname(rg))) {
      fs.mkdirSync(rg, { recursive: true });
      fs.copyFileSync('/usr/bin/rg', path.join(rg, 'rg'));
      fs.chmodSync(path.join(rg, 'rg'), 0o755);
    }
    run('npm', ['rebuild'], { cwd, env });
  }
  fs.writeFileSync(done, new Date().toISOString());
  return entry;
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForFile(file, timeoutMs, alive) {
  const t0 = Date.now();
  while (!fs.existsSync(file)) {
    if (!alive()) throw new Error('code-server exited early');
    if (Date.now() - t0 > timeoutMs) throw new Error(`no results in ${file} after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

async function main() {
  if (!fs.existsSync(SEED)) throw new Error(`seed report missing: ${SEED}`);
  ensureAptPackages();
  const entry = ensureCodeServer();

  log('packaging the extension');
  run('npm', ['run', 'package', '--silent'], { cwd: ROOT });
  const vsix = path.join(ROOT, 'reportlint-linux-x64.vsix');
  const listing = execFileSync('unzip', ['-l', vsix], { encoding: 'utf8' });
  for (const f of [
    'extension/dist/server.js',
    'extension/dist/client.js',
    'extension/node_modules/nodejieba/build/Release/nodejieba.node',
  ]) {
    if (!listing.includes(f)) throw new Error(`${f} missing from the .vsix`);
  }
  if (/extension\/(test|server\/src|client\/src|bench)\//.test(listing)) throw new Error('development files in the .vsix');

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-e2e-'));
  const userData = path.join(work, 'user-data');
  const extensions = path.join(work, 'extensions');
  const workspace = path.join(work, 'workspace');
  const results = path.join(work, 'results.json');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(workspace, { recursive: true });
  fs.copyFileSync(SEED, path.join(workspace, 'seed-000.report.txt'));
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'telemetry.telemetryLevel': 'off',
      'workbench.startupEditor': 'none',
      'security.workspace.trust.enabled': false,
      'update.mode': 'none',
      'extensions.autoCheckUpdates': false,
      'workbench.enableExperiments': false,
    }),
  );
  const config = path.join(work, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n');

  log('installing the .vsix into code-server');
  run(process.execPath, [entry, '--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', vsix]);
  // The runner extension goes in unpacked, registered in extensions.json as an installed one would be.
  const runnerDir = path.join(extensions, 'reportlint.reportlint-e2e-runner-0.0.1');
  fs.cpSync(path.join(ROOT, 'test', 'e2e', 'runner'), runnerDir, { recursive: true });
  const registry = path.join(extensions, 'extensions.json');
  const installed = fs.existsSync(registry) ? JSON.parse(fs.readFileSync(registry, 'utf8')) : [];
  installed.push({
    identifier: { id: 'reportlint.reportlint-e2e-runner' },
    version: '0.0.1',
    location: { $mid: 1, fsPath: runnerDir, external: 'file://' + runnerDir, path: runnerDir, scheme: 'file' },
    relativeLocation: path.basename(runnerDir),
    metadata: { installedTimestamp: Date.now(), source: 'vsix' },
  });
  fs.writeFileSync(registry, JSON.stringify(installed));

  const port = await freePort();
  log(`starting code-server on 127.0.0.1:${port}`);
  const server = spawn(
    process.execPath,
    [
      entry,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extensions,
      '--config',
      config,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      workspace,
    ],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, REPORTLINT_E2E_RESULTS: results, REPORTLINT_E2E_PROJECT: ROOT },
    },
  );
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));
  let exited = false;
  server.on('exit', () => (exited = true));
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGKILL'); // the whole group: file watchers outlive the main process
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  let failures = 1;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
    for (let i = 0; ; i++) {
      try {
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30000 });
        break;
      } catch (err) {
        if (i >= 20 || exited) throw err;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    log('workbench open; the suite runs inside the extension host');
    const outcome = await waitForFile(results, 240000, () => !exited);
    for (const t of outcome.tests) console.log(`${t.ok ? '  ✔' : '  ✖'} ${t.title}${t.error ? '\n' + t.error : ''}`);
    failures = outcome.failures;

    // What a writer sees: the Problems panel and the Outline view.
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const problems = page.locator('.markers-panel .monaco-list-row');
    await problems.first().waitFor({ timeout: 30000 });
    const rows = await problems.allInnerTexts();
    const sawTypo = rows.some((r) => r.includes('部暑'));
    log(`Problems panel rows: ${rows.length}${sawTypo ? ', including 部暑' : ''}`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'problems.png') });
    // Open the Outline view through the command palette; try again if the palette was not ready for the keys.
    const outline = page.locator('.outline-pane .monaco-list-row');
    let outlineRows = [];
    for (let attempt = 0; attempt < 4 && !outlineRows.some((r) => r.includes('一、2020年工作总结')); attempt++) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').waitFor({ timeout: 10000 });
      await page.keyboard.type('Focus on Outline View');
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter');
      await outline
        .first()
        .waitFor({ timeout: 15000 })
        .catch(() => undefined);
      outlineRows = await outline.allInnerTexts();
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'outline.png') });
    log(`Outline rows: ${outlineRows.slice(0, 6).join(' | ')}`);
    if (!sawTypo) {
      console.log('  ✖ the Problems panel does not list 部暑');
      failures++;
    } else console.log('  ✔ the Problems panel lists 部暑');
    if (!outlineRows.some((r) => r.includes('一、2020年工作总结'))) {
      console.log('  ✖ the Outline view does not show 一、2020年工作总结');
      failures++;
    } else console.log('  ✔ the Outline view shows 一、2020年工作总结');
    console.log(`${outcome.passes + (sawTypo ? 1 : 0) + 1} passed, ${failures} failed`);
  } catch (err) {
    console.error(`[e2e] ${err.stack ?? err}\n--- code-server log ---\n${serverLog.slice(-4000)}`);
    failures = Math.max(failures, 1);
  } finally {
    await browser.close();
    stop();
  }
  process.exitCode = failures ? 1 : 0;
}

main().catch((err) => {
  console.error(`[e2e] ${err.stack ?? err}`);
  process.exitCode = 1;
});
