import * as assert from 'assert';
import { spawn } from 'child_process';
import * as path from 'path';
import { ensureBuilt } from '../helpers/cli';
import { LspClient } from '../helpers/lsp-client';
import { ROOT } from '../helpers/seeds';

const SERVER = path.join(ROOT, 'bin', 'reportlint-language-server.js');

/** Writes raw bytes to a fresh server and resolves with its exit code and stderr (or rejects after `ms`). */
function feedRaw(chunks: Buffer[], ms = 15000): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (d) => (stderr += d));
    proc.stdout.resume();
    const timer = setTimeout(() => {
      proc.kill();
      reject(new Error(`the server was still running after ${ms} ms; stderr: ${stderr}`));
    }, ms);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
    for (const c of chunks) proc.stdin.write(c);
  });
}

function frame(body: unknown, lengthDelta = 0): Buffer {
  const json = Buffer.from(JSON.stringify(body));
  return Buffer.concat([Buffer.from(`Content-Length: ${json.length + lengthDelta}\r\n\r\n`), json]);
}

const initialize = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } };
const shutdown = { jsonrpc: '2.0', id: 2, method: 'shutdown' };

describe('language server: broken frames', function () {
  this.timeout(30000);
  before(ensureBuilt);

  it('a Content-Length longer than its body: the server says so and exits, so the client restarts it', async () => {
    const { code, stderr } = await feedRaw([frame(initialize, 40), frame(shutdown)]);
    assert.notStrictEqual(code, 0);
    assert.match(stderr, /损坏的消息帧/);
  });

  it('a Content-Length shorter than its body: the same', async () => {
    const { code, stderr } = await feedRaw([frame(initialize, -10), frame(shutdown)]);
    assert.notStrictEqual(code, 0);
    assert.match(stderr, /损坏的消息帧/);
  });
});

describe('language server: requests before initialize and after shutdown', function () {
  this.timeout(30000);
  before(ensureBuilt);

  it('a request before initialize fails with ServerNotInitialized (-32002)', async () => {
    const client = new LspClient();
    try {
      await assert.rejects(
        client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///tmp/a.report.txt' } }),
        (err: { code?: number }) => err.code === -32002,
      );
      // and initialize still works afterwards
      const init = (await client.initialize()) as { capabilities: Record<string, unknown> };
      assert.ok(init.capabilities.hoverProvider);
    } finally {
      await client.close();
    }
  });

  it('a request after shutdown fails with InvalidRequest (-32600), and exit ends the process with 0', async () => {
    const client = new LspClient();
    await client.initialize();
    await client.request('shutdown', undefined);
    await assert.rejects(
      client.request('textDocument/hover', { textDocument: { uri: 'file:///tmp/a.report.txt' }, position: { line: 0, character: 0 } }),
      (err: { code?: number }) => err.code === -32600,
    );
    const exited = new Promise<number | null>((resolve) => client.proc.on('exit', resolve));
    await client.conn.sendNotification('exit');
    assert.strictEqual(await exited, 0);
    client.conn.dispose();
  });
});
