import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, runCli, tempDir } from '../helpers/cli';
import { lineOf, seed } from '../helpers/seeds';

const BROKEN = '标题\n\n一、甲\n正文内容，这是一段话。\n三、乙\n正文。\n';

describe('CLI (child process)', function () {
  before(ensureBuilt);

  it('lints a seed with no numbering finding (seeds 001 and 004)', () => {
    for (const s of ['001', '004']) {
      const r = runCli(['--format', 'json', seed(s).file]);
      const [result] = JSON.parse(r.stdout);
      assert.deepStrictEqual(
        result.messages.filter((m: { ruleId: string }) => m.ruleId.startsWith('numbering')),
        [],
      );
    }
  });

  it('seed 004 with 3. changed to 4.: exactly one numbering finding on that line, and --fix turns it back', () => {
    const original = seed('004').text;
    const line = '3.发挥职能优势，助推“三农”发展。';
    const broken = original.replace(line, '4' + line.slice(1));
    const dir = tempDir();
    const file = path.join(dir, 'report.txt');
    fs.writeFileSync(file, broken);
    const r = runCli(['--format', 'json', file]);
    assert.strictEqual(r.code, 1, r.stderr);
    const numbering = JSON.parse(r.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId.startsWith('numbering'));
    assert.strictEqual(numbering.length, 1, JSON.stringify(numbering));
    assert.strictEqual(numbering[0].line, lineOf(broken, '4.发挥职能优势'));
    assert.strictEqual(numbering[0].column, 1);
    runCli(['--fix', file]);
    const fixed = fs.readFileSync(file, 'utf8');
    assert.ok(fixed.includes(line));
    const again = JSON.parse(runCli(['--format', 'json', file]).stdout)[0].messages;
    assert.deepStrictEqual(
      again.filter((m: { ruleId: string }) => m.ruleId.startsWith('numbering')),
      [],
    );
  });

  it('stylish shows the offending line with carets, exit 1 on errors', () => {
    const r = runCli(['-'], { input: BROKEN });
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /5:1\s+error\s+编号跳号/);
    assert.match(r.stdout, /│ 三、乙/);
    assert.match(r.stdout, /│ \^\^\^\^/);
    assert.match(r.stdout, /1 个问题（1 个错误，0 个警告）/);
  });

  it('json is ESLint-compatible with a fix', () => {
    const r = runCli(['-f', 'json', '-'], { input: BROKEN });
    const [res] = JSON.parse(r.stdout);
    assert.strictEqual(res.filePath, '<stdin>');
    assert.strictEqual(res.errorCount, 1);
    const m = res.messages[0];
    assert.deepStrictEqual(
      { ruleId: m.ruleId, severity: m.severity, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn },
      { ruleId: 'numbering-sequence', severity: 2, line: 5, column: 1, endLine: 5, endColumn: 3 },
    );
    assert.deepStrictEqual(m.fix, { range: [BROKEN.indexOf('三、'), BROKEN.indexOf('三、') + 2], text: '二、' });
  });

  it('sarif 2.1.0', () => {
    const r = runCli(['-f', 'sarif', '-'], { input: BROKEN });
    const sarif = JSON.parse(r.stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    const result = sarif.runs[0].results[0];
    assert.strictEqual(result.ruleId, 'numbering-sequence');
    assert.strictEqual(result.level, 'error');
    assert.deepStrictEqual(result.locations[0].physicalLocation.region, { startLine: 5, startColumn: 1, endLine: 5, endColumn: 3 });
    assert.ok(sarif.runs[0].tool.driver.rules.some((x: { id: string }) => x.id === 'numbering-sequence'));
  });

  it('github annotations', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), BROKEN);
    const r = runCli(['-f', 'github', 'a.txt'], { cwd: dir });
    assert.match(r.stdout, /^::error file=a\.txt,line=5,col=1,endLine=5,endColumn=3,title=numbering-sequence::编号跳号/m);
  });

  it('exit 0 on a clean file, and warnings only fail past --max-warnings', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'ok.txt'), '一、甲\n正文。\n二、乙\n正文。\n');
    assert.strictEqual(runCli(['ok.txt'], { cwd: dir }).code, 0);
    fs.writeFileSync(path.join(dir, 'warn.txt'), '一、甲\n1.子\n2、子\n3.子\n');
    fs.writeFileSync(path.join(dir, '.reportlintrc.json'), '{"rules": {"numbering-style": "warn"}}');
    assert.strictEqual(runCli(['warn.txt'], { cwd: dir }).code, 0);
    assert.strictEqual(runCli(['--max-warnings', '0', 'warn.txt'], { cwd: dir }).code, 1);
  });

  it('exit 2 on bad usage, unknown format, missing file', () => {
    assert.strictEqual(runCli([]).code, 2);
    const f = runCli(['-f', 'xml', '-'], { input: 'x' });
    assert.strictEqual(f.code, 2);
    assert.match(f.stderr, /未知的输出格式 "xml"/);
    const m = runCli(['no-such-file.txt']);
    assert.strictEqual(m.code, 2);
    assert.match(m.stderr, /找不到文件或目录 "no-such-file.txt"/);
  });

  it('directories and globs', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'a.txt'), BROKEN);
    fs.writeFileSync(path.join(dir, 'sub', 'b.md'), BROKEN);
    fs.writeFileSync(path.join(dir, 'sub', 'c.pdf'), 'binary');
    const byDir = JSON.parse(runCli(['-f', 'json', 'sub'], { cwd: dir }).stdout);
    assert.deepStrictEqual(
      byDir.map((r: { filePath: string }) => path.basename(r.filePath)),
      ['a.txt', 'b.md'],
    );
    const byGlob = JSON.parse(runCli(['-f', 'json', 'sub/*.txt'], { cwd: dir }).stdout);
    assert.deepStrictEqual(
      byGlob.map((r: { filePath: string }) => path.basename(r.filePath)),
      ['a.txt'],
    );
  });

  it('config: found upward, severity off/warn/error, rule options', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.reportlintrc.json'), '// comments are fine\n{"rules": {"numbering-sequence": "off",},}');
    fs.writeFileSync(path.join(dir, 'a', 'b', 'r.txt'), BROKEN);
    const off = runCli(['-f', 'json', 'a/b/r.txt'], { cwd: dir });
    assert.strictEqual(off.code, 0, off.stderr);
    fs.writeFileSync(path.join(dir, 'a', '.reportlintrc.json'), '{"rules": {"numbering-sequence": ["warn", {"enumerations": false}]}}');
    const warn = JSON.parse(runCli(['-f', 'json', 'a/b/r.txt'], { cwd: dir }).stdout)[0];
    assert.strictEqual(warn.warningCount, 1);
  });

  it('an invalid config is an error naming the file, the place and the problem', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.reportlintrc.json'), '{\n  "rules": {\n    "numbering-sequence": "loud"\n  }\n}\n');
    fs.writeFileSync(path.join(dir, 'r.txt'), BROKEN);
    const r = runCli(['r.txt'], { cwd: dir });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /\.reportlintrc\.json:3:27: 规则 "numbering-sequence" 的级别应为 "off"、"warn" 或 "error"/);
    fs.writeFileSync(path.join(dir, '.reportlintrc.json'), '{"rulez": {}}');
    assert.match(runCli(['r.txt'], { cwd: dir }).stderr, /:1:2: 未知的配置项 "rulez"/);
    fs.writeFileSync(path.join(dir, '.reportlintrc.json'), '{"rules": {"no-such-rule": "warn"}}');
    assert.match(runCli(['r.txt'], { cwd: dir }).stderr, /未知的规则 "no-such-rule"/);
    fs.writeFileSync(path.join(dir, '.reportlintrc.json'), '{"rules": ');
    assert.match(runCli(['r.txt'], { cwd: dir }).stderr, /:1:\d+: JSON 语法错误/);
  });

  it('--fix keeps BOM, CRLF and GB18030 encoding, and touches nothing else', () => {
    const dir = tempDir();
    const crlf = BROKEN.replace(/\n/g, '\r\n');
    const bomFile = path.join(dir, 'bom.txt');
    fs.writeFileSync(bomFile, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]));
    runCli(['--fix', bomFile]);
    const out = fs.readFileSync(bomFile);
    assert.deepStrictEqual([...out.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.strictEqual(out.subarray(3).toString('utf8'), crlf.replace('三、', '二、'));
    // GB18030 via iconv-lite's encoder
    const iconv = require('iconv-lite');
    const gbFile = path.join(dir, 'gb.txt');
    fs.writeFileSync(gbFile, iconv.encode(BROKEN, 'gb18030'));
    runCli(['--fix', gbFile]);
    assert.strictEqual(iconv.decode(fs.readFileSync(gbFile), 'gb18030'), BROKEN.replace('三、', '二、'));
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['bom.txt', 'gb.txt'], 'no temporary file left behind');
  });

  it('outline, text and json', () => {
    const text = runCli(['outline', seed('004').file]);
    assert.strictEqual(text.code, 0);
    assert.match(text.stdout, /^\s+14\s+2018年工作回顾$/m);
    const json = JSON.parse(runCli(['outline', '--format', 'json', seed('001').file]).stdout);
    assert.deepStrictEqual(Object.keys(json[0]).sort(), ['children', 'level', 'line', 'marker', 'title']);
    assert.strictEqual(json[0].children.length, 6);
  });

  it('binary and unreadable input get a clear message and exit 2', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    const r = runCli(['bin.txt'], { cwd: dir });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /bin\.txt: 这是二进制文件/);
  });
});

describe('CLI --against (what did we copy from last year)', function () {
  before(ensureBuilt);
  it('reports this year’s paragraphs that repeat last year’s, naming the other file', () => {
    const dir = tempDir();
    const para =
      '深入实施全民科学素质行动计划纲要，组织开展全国科普日、科技活动周等品牌活动，全年举办各类科普活动三百余场，受众超过十万人次。';
    fs.writeFileSync(path.join(dir, 'last.txt'), `一、甲\n${para}\n`);
    fs.writeFileSync(
      path.join(dir, 'this.txt'),
      `一、甲\n${para}\n二、乙\n今年新开展的工作很多，取得了明显成效，得到各方面的肯定和好评。\n`,
    );
    const r = runCli(['-f', 'json', '--against', 'last.txt', 'this.txt'], { cwd: dir });
    const messages = JSON.parse(r.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'duplicate-paragraph');
    assert.strictEqual(messages.length, 1);
    assert.strictEqual(messages[0].line, 2);
    assert.match(messages[0].message, /对比文件/);
    assert.strictEqual(messages[0].relatedInformation[0].filePath, path.join(dir, 'last.txt'));
    assert.strictEqual(messages[0].fix, undefined, 'a copy from another file is not deleted by --fix');
    const stylish = runCli(['--against', 'last.txt', 'this.txt'], { cwd: dir });
    assert.match(stylish.stdout, /↳ 先出现的相同段落（last\.txt）/);
  });
});
