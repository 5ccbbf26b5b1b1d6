import * as assert from 'assert';
import { pathToFileURL } from 'url';
import { ensureBuilt } from '../helpers/cli';
import { LspClient } from '../helpers/lsp-client';
import { lineOf, seed } from '../helpers/seeds';

interface Symbol {
  name: string;
  range: { start: { line: number } };
  children?: Symbol[];
}

describe('language server over stdio', function () {
  let client: LspClient;
  before(async () => {
    ensureBuilt();
    client = new LspClient();
    await client.initialize();
  });
  after(() => client.close());

  it('advertises its capabilities', async () => {
    const c = new LspClient();
    const init = (await c.initialize()) as { capabilities: Record<string, unknown> };
    await c.close();
    for (const k of ['documentSymbolProvider', 'foldingRangeProvider', 'codeActionProvider', 'hoverProvider', 'executeCommandProvider']) {
      assert.ok(init.capabilities[k], k);
    }
  });

  it('publishes diagnostics for a seed with a broken number, with rule code and docs link', async () => {
    const { file, text } = seed('004');
    const broken = text.replace('3.发挥职能优势', '4.发挥职能优势');
    const uri = pathToFileURL(file).href + '?broken';
    const wait = client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'numbering-sequence'));
    await client.open(uri, broken);
    const { diagnostics } = await wait;
    const numbering = diagnostics.filter((d) => String(d.code).startsWith('numbering'));
    assert.strictEqual(numbering.length, 1);
    assert.strictEqual(numbering[0].range.start.line, lineOf(broken, '4.发挥职能优势') - 1);
    assert.strictEqual(numbering[0].source, 'reportlint');
    assert.match(numbering[0].codeDescription!.href, /docs\/rules\/numbering-sequence\.md$/);

    // The quick fix renumbers the group.
    const actions = await client.request<{ title: string; edit: { changes: Record<string, { newText: string }[]> } }[]>(
      'textDocument/codeAction',
      { textDocument: { uri }, range: numbering[0].range, context: { diagnostics: [numbering[0]] } },
    );
    const fix = actions.find((a) => a.edit.changes[uri]?.some((e) => e.newText === '3.'));
    assert.ok(fix, JSON.stringify(actions));
  });

  it('re-lints on change (incremental sync) and clears the finding', async () => {
    const uri = 'file:///tmp/change.report.txt';
    const first = client.waitForDiagnostics(uri);
    await client.open(uri, '一、甲\n正文。\n三、乙\n');
    assert.strictEqual((await first).diagnostics.length, 1);
    const cleared = client.waitForDiagnostics(uri, (p) => p.version === 2);
    await client.change(uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, text: '二' }]);
    assert.deepStrictEqual((await cleared).diagnostics, []);
  });

  it('documentSymbol gives the hierarchical outline of seed 001', async () => {
    const { file, text } = seed('001');
    const uri = pathToFileURL(file).href;
    const wait = client.waitForDiagnostics(uri);
    await client.open(uri, text);
    await wait;
    const symbols = await client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const plan = symbols[0];
    assert.strictEqual(plan.name, '重庆市科学技术协会2020年工作要点');
    assert.deepStrictEqual(
      plan.children!.map((s) => s.name.slice(0, 2)),
      ['一、', '二、', '三、', '四、', '五、', '六、'],
    );
    assert.strictEqual(plan.children!.flatMap((s) => s.children ?? []).length, 26);
    assert.strictEqual(symbols[1].children!.length, 4);
    const folds = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
    const first = folds.find((f) => f.startLine === lineOf(text, '一、着力坚定正确方向') - 1)!;
    assert.strictEqual(first.endLine, lineOf(text, '5.强化意识形态阵地管理') - 1);
  });

  it('the renumber command applies an edit through the client', async () => {
    const uri = 'file:///tmp/renumber.report.txt';
    const wait = client.waitForDiagnostics(uri);
    await client.open(uri, '一、甲\n1.子\n3.子\n二、乙\n1.子\n3.子\n三、丙\n1.子\n');
    await wait;
    const before = client.appliedEdits.length;
    await client.request('workspace/executeCommand', { command: '_reportlint.renumberHeadings', arguments: [uri] });
    assert.strictEqual(client.appliedEdits.length, before + 1);
    const edit = client.appliedEdits[before] as {
      edit: { changes: Record<string, { range: { start: { line: number } }; newText: string }[]> };
    };
    const [change] = edit.edit.changes[uri];
    // One edit spanning both wrong numbers (lines 3 and 6), which become 2.
    assert.strictEqual(change.range.start.line, 2);
    assert.strictEqual(change.newText, '2.子\n二、乙\n1.子\n2');
  });
});

describe('language server: allowed words', function () {
  it('the quick fix “add to allowed words” writes .reportlintrc.json and the finding goes', async () => {
    ensureBuilt();
    const fs = await import('fs');
    const path = await import('path');
    const { tempDir } = await import('../helpers/cli');
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.reportlintrc.json'), '{\n  // our words\n  "rules": {}\n}\n');
    const file = path.join(dir, 'r.report.txt');
    const text = '一、甲\n按照理事会的工作部暑要求开展工作。\n';
    fs.writeFileSync(file, text);
    const client = new LspClient();
    await client.initialize();
    try {
      const uri = pathToFileURL(file).href;
      const first = client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'typo'));
      await client.open(uri, text);
      const typo = (await first).diagnostics.find((d) => d.code === 'typo')!;
      const actions = await client.request<{ title: string; command?: { command: string; arguments: unknown[] } }[]>(
        'textDocument/codeAction',
        {
          textDocument: { uri },
          range: typo.range,
          context: { diagnostics: [typo] },
        },
      );
      const allow = actions.find((a) => a.command?.command === '_reportlint.addAllowedWord')!;
      assert.match(allow.title, /将「部暑」加入允许的词语/);
      const cleared = client.waitForDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'typo'));
      await client.request('workspace/executeCommand', { command: allow.command!.command, arguments: allow.command!.arguments });
      await cleared;
      const written = fs.readFileSync(path.join(dir, '.reportlintrc.json'), 'utf8');
      assert.match(written, /\/\/ our words/);
      assert.deepStrictEqual(JSON.parse(written.replace(/\/\/.*\n/, '')).allow, ['部暑']);
    } finally {
      await client.close();
    }
  });
});

describe('language server: hover on figures', function () {
  it('shows the arithmetic of a wrong total and of a correct one', async () => {
    ensureBuilt();
    const client = new LspClient();
    await client.initialize();
    try {
      const uri = 'file:///tmp/figures.report.txt';
      const text =
        '一、甲\n组织开展部门协调会5场、业务培训会6场、宣传推介会4场，共计20余场次。\n组织开展协调会25场、培训会10场、推介会5场，共计40场。\n';
      const wait = client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'sum-mismatch'));
      await client.open(uri, text);
      await wait;
      const hover = async (needle: string) => {
        const lines = text.split('\n');
        const line = lines.findIndex((l) => l.includes(needle));
        const h = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
          textDocument: { uri },
          position: { line, character: lines[line].indexOf(needle) + 1 },
        });
        return h?.contents.value ?? '';
      };
      assert.match(await hover('20余场次'), /5 \+ 6 \+ 4 = 15 ≠ 20余场次（20–30）/);
      assert.match(await hover('40场'), /25 \+ 10 \+ 5 = 40 ✓/);
    } finally {
      await client.close();
    }
  });
});

describe('language server: statistics and linting files on disk', function () {
  it('statistics count 字数 per section; lintFiles publishes diagnostics for closed files', async () => {
    ensureBuilt();
    const fs = await import('fs');
    const path = await import('path');
    const { tempDir } = await import('../helpers/cli');
    const client = new LspClient();
    await client.initialize();
    try {
      const uri = 'file:///tmp/stats.report.txt';
      const wait = client.waitForDiagnostics(uri);
      await client.open(uri, '一、甲乙\n正文ABC共123字。\n二、丙\n正文。\n');
      await wait;
      const result = await client.request<{
        stats: { characters: number; sections: { title: string; characters: number }[] };
        markdown: string;
      }>('reportlint/statistics', { uri });
      // 一、甲乙 (4) + 正文 (2) + ABC (1) + 共 (1) + 123 (1) + 字。(2) = 11; 二、丙 (3) + 正文。(3) = 6
      assert.strictEqual(result.stats.characters, 17);
      assert.deepStrictEqual(
        result.stats.sections.map((s) => [s.title, s.characters]),
        [
          ['甲乙', 11],
          ['丙', 6],
        ],
      );
      assert.match(result.markdown, /\| 字数（按 Word 字数统计的口径） \| 17 \|/);

      const dir = tempDir();
      const file = path.join(dir, 'closed.report.txt');
      fs.writeFileSync(file, '一、甲\n正文。\n三、乙\n');
      const closedUri = pathToFileURL(file).href;
      const published = client.waitForDiagnostics(closedUri);
      const summary = await client.request<{ files: number; findings: number }>('reportlint/lintFiles', { uris: [closedUri] });
      assert.deepStrictEqual(summary, { files: 1, findings: 1 });
      assert.strictEqual((await published).diagnostics[0].code, 'numbering-sequence');
    } finally {
      await client.close();
    }
  });
});
