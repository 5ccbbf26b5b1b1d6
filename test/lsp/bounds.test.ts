import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ensureBuilt, tempDir } from '../helpers/cli';
import { LspClient } from '../helpers/lsp-client';
import { seed } from '../helpers/seeds';

describe('language server: size cap', function () {
  this.timeout(120000);
  before(ensureBuilt);

  it('a document over reportlint.maxDocumentMb is not linted; the document says why', async () => {
    const client = new LspClient({ maxDocumentMb: 1 });
    await client.initialize();
    try {
      const uri = 'file:///tmp/capped.report.txt';
      const text = '一、甲\n按照工作部暑开展工作\n'.repeat(40000); // 1.5 MB of UTF-8
      const wait = client.waitForDiagnostics(uri);
      await client.open(uri, text);
      const { diagnostics } = await wait;
      assert.deepStrictEqual(
        diagnostics.map((d) => d.code),
        ['too-large'],
      );
      assert.match(diagnostics[0].message, /超过检查上限 1\.0 MB/);
    } finally {
      await client.close();
    }
  });

  it('the default cap is 16 MB', async () => {
    const client = new LspClient();
    await client.initialize();
    try {
      const uri = 'file:///tmp/huge.report.txt';
      const text = '按照工作部暑开展工作\n'.repeat(560000); // 16.8 MB of UTF-8
      const wait = client.waitForDiagnostics(uri, () => true, 60000);
      await client.open(uri, text);
      const { diagnostics } = await wait;
      assert.deepStrictEqual(
        diagnostics.map((d) => d.code),
        ['too-large'],
      );
      assert.match(diagnostics[0].message, /16\.0 MB/);
    } finally {
      await client.close();
    }
  });
});

describe('language server: requests never wait behind a lint', function () {
  this.timeout(180000);
  before(ensureBuilt);

  it('symbols and hover on a large document are answered before its diagnostics', async () => {
    const client = new LspClient();
    await client.initialize();
    try {
      const uri = 'file:///tmp/large.report.txt';
      let text = seed('000').text;
      while (text.length < 700_000) text += '\n' + seed('000').text;
      const opened = client.waitForDiagnostics(uri, () => true, 120000);
      await client.open(uri, text);
      await opened;
      // Each edit starts a lint; the requests sent right after it must not wait for that lint to end.
      for (let version = 2; version <= 3; version++) {
        const events: string[] = [];
        const linted = client.waitForDiagnostics(uri, (p) => p.version === version, 120000).then(() => events.push('diagnostics'));
        await client.change(uri, version, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '的' }]);
        const symbols = client
          .request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } })
          .then((s) => events.push(`symbols ${s.length > 0}`));
        const hover = client
          .request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } })
          .then(() => events.push('hover'));
        await Promise.all([linted, symbols, hover]);
        assert.deepStrictEqual([...events].sort(), ['diagnostics', 'hover', 'symbols true']);
        assert.strictEqual(events.indexOf('diagnostics'), 2, events.join(' → '));
      }
    } finally {
      await client.close();
    }
  });
});

describe('language server: where “add to allowed words” may write', function () {
  this.timeout(60000);
  before(ensureBuilt);

  const typoText = '一、甲\n按照理事会的工作部暑要求开展工作。\n';

  async function run(opts: { workspace?: string; file: string; open?: boolean }) {
    fs.mkdirSync(path.dirname(opts.file), { recursive: true });
    fs.writeFileSync(opts.file, typoText);
    const client = new LspClient();
    await client.initialize(opts.workspace ? { workspaceFolders: [{ uri: pathToFileURL(opts.workspace).href, name: 'ws' }] } : {});
    try {
      const uri = pathToFileURL(opts.file).href;
      if (opts.open !== false) {
        const wait = client.waitForDiagnostics(uri);
        await client.open(uri, typoText);
        await wait;
      }
      return await client.request<string | null>('workspace/executeCommand', {
        command: '_reportlint.addAllowedWord',
        arguments: [uri, '部暑'],
      });
    } finally {
      await client.close();
    }
  }

  it('refuses a document outside the workspace folders', async () => {
    const root = tempDir();
    const outside = tempDir();
    fs.mkdirSync(path.join(root, 'ws'));
    const written = await run({ workspace: path.join(root, 'ws'), file: path.join(outside, 'r.report.txt') });
    assert.strictEqual(written, null);
    assert.ok(!fs.existsSync(path.join(outside, '.reportlintrc.json')));
  });

  it('refuses a file that is not open in the editor', async () => {
    const ws = tempDir();
    const written = await run({ workspace: ws, file: path.join(ws, 'closed.report.txt'), open: false });
    assert.strictEqual(written, null);
    assert.ok(!fs.existsSync(path.join(ws, '.reportlintrc.json')));
  });

  it('never writes a config file above the workspace folder; creates one in the folder instead', async () => {
    const parent = tempDir();
    const above = path.join(parent, '.reportlintrc.json');
    fs.writeFileSync(above, '{ "rules": {} }\n');
    const ws = path.join(parent, 'ws');
    fs.mkdirSync(ws);
    const written = await run({ workspace: ws, file: path.join(ws, 'sub', 'r.report.txt') });
    assert.strictEqual(written, path.join(fs.realpathSync(ws), '.reportlintrc.json'));
    assert.strictEqual(fs.readFileSync(above, 'utf8'), '{ "rules": {} }\n');
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(written!, 'utf8')).allow, ['部暑']);
  });

  it('without workspace folders, writes beside the open document', async () => {
    const dir = tempDir();
    const written = await run({ file: path.join(dir, 'r.report.txt') });
    assert.strictEqual(written, path.join(fs.realpathSync(dir), '.reportlintrc.json'));
  });
});
