import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { ensureBuilt, tempDir } from '../helpers/cli';
import { ROOT } from '../helpers/seeds';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

function npm(args: string[], cwd: string) {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 600000, env: { ...process.env, npm_config_yes: 'true' } });
  assert.strictEqual(r.status, 0, `npm ${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/**
 * The package as a user gets it: `npm pack`'s tarball installed into a fresh prefix, the commands run through the
 * bins npm links. Installing fetches the dependencies (from the npm cache when it has them); nodejieba's native
 * build is skipped with --ignore-scripts, as the default segmenter needs only its dictionary.
 */
describe('installed from the npm tarball', function () {
  this.timeout(900000);
  let prefix: string;
  let bin: (name: string) => string;

  before(() => {
    ensureBuilt();
    const work = tempDir();
    // dist/ is already built (npm test builds first), so pack without running prepare again.
    const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT)) as { filename: string }[];
    const tarball = path.join(work, packed[0].filename);
    prefix = path.join(work, 'prefix');
    npm(['install', '--global', '--prefix', prefix, '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', tarball], work);
    bin = (name) => path.join(prefix, 'bin', name);
  });

  it('reportlint --version, and a .docx linted through the installed bin', () => {
    const version = spawnSync(bin('reportlint'), ['--version'], { encoding: 'utf8' });
    assert.strictEqual(version.status, 0, version.stderr);
    assert.strictEqual(version.stdout.trim(), pkg.version);

    const docx = spawnSync(
      bin('reportlint'),
      ['-f', 'json', path.join(ROOT, 'test', 'fixtures', 'docx', 'hand', 'numbering-levels.docx')],
      { encoding: 'utf8' },
    );
    const messages = JSON.parse(docx.stdout)[0].messages as { ruleId: string; line: number }[];
    assert.ok(
      messages.some((m) => m.ruleId === 'numbering-sequence' && m.line === 20),
      docx.stderr,
    );
    // The typo rule needs jieba's dictionary, found in the installed nodejieba package.
    assert.ok(
      messages.some((m) => m.ruleId === 'typo'),
      docx.stderr,
    );
  });

  it('reportlint-language-server answers initialize over stdio', async () => {
    const server = spawn(bin('reportlint-language-server'), ['--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.listen();
    try {
      const result = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as {
        capabilities: { documentSymbolProvider?: unknown; codeActionProvider?: unknown };
      };
      assert.ok(result.capabilities.documentSymbolProvider, JSON.stringify(result));
      assert.ok(result.capabilities.codeActionProvider);
      await connection.sendRequest('shutdown');
      connection.sendNotification('exit');
    } finally {
      connection.dispose();
      server.kill();
    }
  });
});
