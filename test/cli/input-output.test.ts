import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ensureBuilt, runCli, tempDir } from '../helpers/cli';

const BROKEN = '一、甲\n正文内容，这是一段话。\n三、乙\n正文。\n';
const USAGE = /用法：reportlint \[选项\] 文件\|目录\|通配符\|-/;

describe('CLI input limits, unreadable files in every format, what directories skip, usage errors', function () {
  this.timeout(60000);
  before(ensureBuilt);

  it('standard input has the same 16 MB limit as a file, and is not read past it', () => {
    const r = runCli(['-'], { input: Buffer.alloc(50 * 1024 * 1024, 'a') });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /<stdin>: 输入过大（超过 16 MB 上限），未读完即停止/);
    const json = runCli(['-f', 'json', '-'], { input: Buffer.alloc(17 * 1024 * 1024, 'a') });
    assert.strictEqual(json.code, 2);
    assert.deepStrictEqual(JSON.parse(json.stdout)[0].messages[0].message, '输入过大（超过 16 MB 上限），未读完即停止');
    const outline = runCli(['outline', '-'], { input: Buffer.alloc(17 * 1024 * 1024, 'a') });
    assert.strictEqual(outline.code, 2);
    assert.match(outline.stderr, /输入过大/);
  });

  it('an unreadable file is a fatal message in json, sarif and github output, beside the files that were read', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), BROKEN);
    fs.writeFileSync(path.join(dir, 'b.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    const json = runCli(['-f', 'json', 'a.txt', 'b.txt'], { cwd: dir });
    assert.strictEqual(json.code, 2);
    const results = JSON.parse(json.stdout);
    assert.deepStrictEqual(
      results.map((r: { filePath: string }) => path.basename(r.filePath)),
      ['a.txt', 'b.txt'],
    );
    assert.deepStrictEqual(results[1].messages, [
      { ruleId: null, fatal: true, severity: 2, message: '这是二进制文件，不是文本报告', line: 1, column: 1 },
    ]);
    assert.strictEqual(results[1].errorCount, 1);
    assert.strictEqual(results[1].fatalErrorCount, 1);
    assert.strictEqual(results[0].fatalErrorCount, 0);

    const sarif = JSON.parse(runCli(['-f', 'sarif', 'a.txt', 'b.txt'], { cwd: dir }).stdout);
    const invocation = sarif.runs[0].invocations[0];
    assert.strictEqual(invocation.executionSuccessful, false);
    assert.deepStrictEqual(invocation.toolExecutionNotifications, [
      {
        level: 'error',
        message: { text: '这是二进制文件，不是文本报告' },
        locations: [{ physicalLocation: { artifactLocation: { uri: pathToFileURL(path.join(dir, 'b.txt')).href } } }],
      },
    ]);
    assert.ok(
      sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'numbering-sequence'),
      'a.txt is still reported',
    );

    const github = runCli(['-f', 'github', 'a.txt', 'b.txt'], { cwd: dir });
    assert.match(github.stdout, /^::error file=b\.txt,title=reportlint::这是二进制文件，不是文本报告$/m);
  });

  it('directories and globs skip the same things by one rule, and say what they skipped', () => {
    const dir = tempDir();
    const tree = [
      'reports/a.txt',
      'reports/out/b.txt',
      'reports/dist/c.md',
      'reports/.drafts/d.txt',
      'reports/node_modules/e.txt',
      'reports/.f.txt',
    ];
    for (const f of tree) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), BROKEN);
    }
    fs.symlinkSync(path.join(dir, 'reports', 'a.txt'), path.join(dir, 'reports', 'g.txt'));
    const linted = (stdout: string) =>
      JSON.parse(stdout)
        .map((r: { filePath: string }) => path.relative(dir, r.filePath))
        .sort();
    const expected = ['reports/a.txt', 'reports/dist/c.md', 'reports/out/b.txt'];

    const byDir = runCli(['-f', 'json', 'reports'], { cwd: dir });
    assert.deepStrictEqual(linted(byDir.stdout), expected);
    assert.match(
      byDir.stderr,
      /已跳过 reports\/\.drafts\/、reports\/\.f\.txt、reports\/g\.txt、reports\/node_modules\/（目录与通配符不检查以 \. 开头的名称、node_modules 和符号链接/,
    );

    const byGlob = runCli(['-f', 'json', 'reports/**/*.{txt,md}'], { cwd: dir });
    assert.deepStrictEqual(linted(byGlob.stdout), expected);
    assert.match(byGlob.stderr, /已跳过 reports\/g\.txt/);

    const named = runCli(['-f', 'json', 'reports/g.txt', 'reports/.drafts/d.txt'], { cwd: dir });
    assert.deepStrictEqual(linted(named.stdout), ['reports/.drafts/d.txt', 'reports/g.txt'], 'a path written out is always linted');
    assert.strictEqual(named.stderr, '');
  });

  it('an empty directory says that nothing was linted', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'empty'));
    fs.writeFileSync(path.join(dir, 'empty', 'notes.pdf'), 'x');
    const r = runCli(['empty'], { cwd: dir });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /没有检查任何文件：empty 中没有 \.txt、\.md、\.docx 文件/);
  });

  it('bad --max-warnings values and unknown options: a Chinese message with the usage line, exit 2', () => {
    for (const [args, message] of [
      [['--max-warnings', '', '-'], /--max-warnings 的值应为非负整数，而不是 ""/],
      [['--max-warnings', '-1', '-'], /--max-warnings 的值应为非负整数，而不是 "-1"/],
      [['--max-warnings=2.5', '-'], /而不是 "2\.5"/],
      [['--max-warnings'], /选项 --max-warnings 需要一个值/],
      [['--frobnicate', '-'], /未知的选项 "--frobnicate"/],
      [['-x', '-'], /未知的选项 "-x"/],
      [['--fix=yes', 'a.txt'], /选项 --fix 不接受值/],
      [['outline', '--fix', 'a.txt'], /outline 不支持选项 "--fix"/],
    ] as const) {
      const r = runCli([...args], { input: BROKEN });
      assert.strictEqual(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.match(r.stderr, USAGE);
      assert.doesNotMatch(r.stderr, /Unknown option|argument is ambiguous|'/, 'no English parser message');
    }
    assert.strictEqual(runCli(['--max-warnings', '0', '-'], { input: '一、甲\n正文。\n' }).code, 0);
  });

  it('--help lists --color', () => {
    const r = runCli(['--help']);
    assert.strictEqual(r.code, 0);
    assert.match(r.stdout, /^\s+--color\s+总是使用颜色/m);
  });

  it('UTF-16 without a byte order mark is named as UTF-16, not called binary', () => {
    const dir = tempDir();
    const le = Buffer.from(BROKEN, 'utf16le');
    const be = Buffer.from(le).swap16();
    fs.writeFileSync(path.join(dir, 'le.txt'), le);
    fs.writeFileSync(path.join(dir, 'be.txt'), be);
    const r = runCli(['le.txt', 'be.txt'], { cwd: dir });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /le\.txt: 这是没有 BOM 的 UTF-16LE 编码文件/);
    assert.match(r.stderr, /be\.txt: 这是没有 BOM 的 UTF-16BE 编码文件/);
    assert.doesNotMatch(r.stderr, /二进制/);
  });
});
