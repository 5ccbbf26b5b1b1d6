import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import { CLI, ensureBuilt, runCli, tempDir } from '../helpers/cli';
import { ROOT } from '../helpers/seeds';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'docx');

/** Runs the built CLI and reports its wall time and peak resident memory (from inside the process, at exit). */
function measuredCli(args: string[]) {
  const script = `process.argv.splice(1, 0, 'reportlint');
process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\n@@' + JSON.stringify({ rssMB: u.maxRSS / 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })); });
require(${JSON.stringify(CLI)});`;
  const r = spawnSync(process.execPath, ['-e', script, '--', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const [stderr, usage] = r.stderr.split('\n@@');
  return { code: r.status, stdout: r.stdout, stderr, ...(JSON.parse(usage) as { rssMB: number; cpuMs: number }) };
}

describe('CLI on Word documents', function () {
  this.timeout(120000);
  before(ensureBuilt);

  it('stylish names the paragraph (第N段) and quotes its text; JSON gives the line of the extracted text', () => {
    const stylish = runCli([path.join(FIXTURES, 'hand', 'numbering-levels.docx')]);
    assert.strictEqual(stylish.code, 1, stylish.stderr);
    assert.match(stylish.stdout, /第17段\s+warning\s+错别字：「部暑」应为「部署」。/);
    assert.match(stylish.stdout, /│ 乙、乙类问题：工作部暑不够及时。/);
    assert.match(stylish.stdout, /第20段\s+error\s+编号跳号/);
    assert.doesNotMatch(stylish.stdout, /--fix/, 'a Word document offers no --fix');
    const json = JSON.parse(runCli(['-f', 'json', path.join(FIXTURES, 'hand', 'numbering-levels.docx')]).stdout);
    const typo = json[0].messages.find((m: { ruleId: string }) => m.ruleId === 'typo');
    assert.strictEqual(typo.line, 17);
    assert.strictEqual(typo.column, 10);
  });

  it('reportlint extract prints the text the rules see, and --format json its paragraph map', () => {
    const r = runCli(['extract', path.join(FIXTURES, 'hand', 'numbering-restarts.docx')]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stdout, fs.readFileSync(path.join(FIXTURES, 'hand', 'numbering-restarts.txt'), 'utf8'));
    const lines = JSON.parse(runCli(['extract', '--format', 'json', path.join(FIXTURES, 'hand', 'tables-and-changes.docx')]).stdout);
    assert.deepStrictEqual(lines[2], { line: 3, paragraph: 3, text: '其中，新建项目12个，续建项目20个。' });
  });

  it('directories pick up .docx beside .txt; --fix refuses a Word file and leaves it untouched', () => {
    const dir = tempDir();
    const docx = path.join(dir, 'report.docx');
    fs.copyFileSync(path.join(FIXTURES, 'hand', 'numbering-levels.docx'), docx);
    fs.writeFileSync(path.join(dir, 'notes.txt'), '一、甲\n工作部暑要求。\n');
    const all = JSON.parse(runCli(['-f', 'json', dir]).stdout).map((r: { filePath: string }) => path.basename(r.filePath));
    assert.deepStrictEqual(all, ['notes.txt', 'report.docx']);

    const before = fs.readFileSync(docx);
    const fix = runCli(['--fix', docx, path.join(dir, 'notes.txt')]);
    assert.strictEqual(fix.code, 2);
    assert.match(fix.stderr, /report\.docx: --fix 不会改写 Word 文档/);
    assert.ok(fs.readFileSync(docx).equals(before), 'the .docx is byte for byte the same');
    assert.strictEqual(
      fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8'),
      '一、甲\n工作部署要求。\n',
      'the text file beside it is fixed',
    );
  });

  const bad: [string, RegExp][] = [
    ['encrypted.docx', /文档已加密（设置了打开密码）/],
    ['word97-renamed.docx', /这是旧版 Word（\.doc）或 WPS（\.wps）格式的文件/],
    ['truncated.docx', /文件不完整或已损坏/],
    ['bomb.docx', /解压后内容过大（超过 24 MB），可能是恶意构造的压缩包/],
    ['bomb-lying-sizes.docx', /解压后内容过大（超过 24 MB），可能是恶意构造的压缩包/],
  ];
  for (const [name, message] of bad) {
    // CPU time of every thread, not wall time: a shared machine must not fail the test, a bomb's inflating must.
    // The baseline is a one-line report, so the CLI's own start (and its first worker's) is not counted.
    it(`${name}: a clear message and exit 2, within 1 s of work and 200 MB`, () => {
      const small = path.join(tempDir(), 'small.txt');
      fs.writeFileSync(small, '一、总体情况\n');
      const baseline = measuredCli([small]);
      const r = measuredCli([path.join(FIXTURES, 'bad', name)]);
      assert.strictEqual(r.code, 2, r.stderr);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /内部错误|at .*\.js:\d+/, 'no stack trace');
      assert.ok(r.cpuMs - baseline.cpuMs < 1000, `${r.cpuMs} ms of CPU against ${baseline.cpuMs} ms for a one-line report`);
      assert.ok(r.rssMB < 200, `${r.rssMB.toFixed(0)} MB`);
    });
  }

  it('not a zip at all (a text file named .docx), and a zip without a document in it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'text.docx'), '一、总体情况\n');
    const text = runCli([path.join(dir, 'text.docx')]);
    assert.strictEqual(text.code, 2);
    assert.match(text.stderr, /不是 Word 文档（\.docx 应为 zip 压缩包）/);
    fs.writeFileSync(path.join(dir, 'sheet.docx'), zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }));
    const sheet = runCli([path.join(dir, 'sheet.docx')]);
    assert.strictEqual(sheet.code, 2);
    assert.match(sheet.stderr, /压缩包里没有正文/);
  });
});
