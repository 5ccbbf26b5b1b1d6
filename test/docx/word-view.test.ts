import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, tempDir } from '../helpers/cli';
import { LspClient } from '../helpers/lsp-client';
import { WORD_VIEW_SCHEME, wordViewSourcePath } from '../../server/src/node/formats/word-view';

/** The editor's read-only view of a .docx is checked with the configuration of the Word file's folder. */
describe('language server: the Word document view', function () {
  this.timeout(60000);
  let client: LspClient;
  before(async () => {
    ensureBuilt();
    client = new LspClient();
    await client.initialize();
  });
  after(() => client.close());

  it('maps a view URI back to the .docx path, spaces and Chinese names included', () => {
    assert.strictEqual(wordViewSourcePath(`${WORD_VIEW_SCHEME}:/tmp/%E5%B7%A5%E4%BD%9C%20%E6%8A%A5%E5%91%8A.docx`), '/tmp/工作 报告.docx');
    assert.strictEqual(wordViewSourcePath(`${WORD_VIEW_SCHEME}:/c%3A/reports/a.docx`), 'c:/reports/a.docx');
    assert.strictEqual(wordViewSourcePath('file:///tmp/a.docx'), undefined);
  });

  it('reads .reportlintrc.json beside the .docx', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.reportlintrc.json'), JSON.stringify({ rules: { 'numbering-sequence': 'off' } }));
    const text = '一、总体情况\n工作部暑要求已经落实。\n三、下步打算\n';
    const codes = async (uri: string) => {
      const wait = client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'typo'));
      await client.open(uri, text);
      return (await wait).diagnostics.map((d) => d.code);
    };
    const configured = await codes(`${WORD_VIEW_SCHEME}:${encodeURI(path.join(dir, '报告.docx'))}`);
    assert.ok(!configured.includes('numbering-sequence'), configured.join());
    const elsewhere = await codes(`${WORD_VIEW_SCHEME}:${encodeURI(path.join(path.dirname(dir), 'no-config-here', '报告.docx'))}`);
    assert.ok(elsewhere.includes('numbering-sequence'), elsewhere.join());
  });
});
