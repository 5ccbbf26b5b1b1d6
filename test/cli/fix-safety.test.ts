import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { readReportFile, writeReportFile } from '../../server/src/node/report-file';
import { CLI, ensureBuilt, runCli, tempDir } from '../helpers/cli';

const BROKEN = '一、甲\n正文内容，这是一段话。\n三、乙\n正文。\n';
const FIXED = BROKEN.replace('三、', '二、');

/** Runs the CLI as an unprivileged user when the tests run as root, so that permissions mean something. */
function runCliUnprivileged(args: string[], cwd: string) {
  const asRoot = process.getuid?.() === 0;
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', HOME: cwd },
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI --fix never loses a byte', function () {
  this.timeout(60000);
  before(ensureBuilt);

  it('refuses a UTF-8 file with one bad byte, names its offset, and leaves the file as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, 's.txt');
    const head = Buffer.from('一、总体情况\n今年以来,全年共举办培训班十二期,取得成效。');
    const bytes = Buffer.concat([head, Buffer.from([0xff]), Buffer.from('\n二、下步打算\n继续做好工作,确保完成任务。\n')]);
    fs.writeFileSync(file, bytes);
    const r = runCli(['--fix', file]);
    assert.strictEqual(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, new RegExp(`s\\.txt: 不是有效的 UTF-8：第 ${head.length} 字节（从 0 起数）0xFF 无效`));
    assert.ok(fs.readFileSync(file).equals(bytes), 'the file is untouched');
    assert.deepStrictEqual(fs.readdirSync(dir), ['s.txt'], 'no temporary file left');
  });

  it('refuses bytes that are neither UTF-8 nor well-formed GB18030, naming both offsets', () => {
    const dir = tempDir();
    const iconv = require('iconv-lite');
    const head = iconv.encode('一、工作情况\n全年举办培训', 'gb18030');
    const bytes = Buffer.concat([head, Buffer.from([0x80]), iconv.encode('十二期。\n', 'gb18030')]);
    fs.writeFileSync(path.join(dir, 'g.txt'), bytes);
    const r = runCli(['--fix', 'g.txt'], { cwd: dir });
    assert.strictEqual(r.code, 2);
    assert.match(
      r.stderr,
      /无法确定文件编码：既不是有效的 UTF-8（第 \d+ 字节 0x[0-9A-F]{2} 无效），也不是有效的 GB18030\/GBK（第 (\d+) 字节 0x80 无效）/,
    );
    assert.strictEqual(Number(/GBK（第 (\d+) 字节/.exec(r.stderr)![1]), head.length);
    assert.ok(fs.readFileSync(path.join(dir, 'g.txt')).equals(bytes));
  });

  it('fixes the target of a symbolic link and keeps the link', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'target.txt'), BROKEN);
    fs.symlinkSync('target.txt', path.join(dir, 'link.txt'));
    const r = runCli(['--fix', 'link.txt'], { cwd: dir });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.ok(fs.lstatSync(path.join(dir, 'link.txt')).isSymbolicLink(), 'still a link');
    assert.strictEqual(fs.readFileSync(path.join(dir, 'target.txt'), 'utf8'), FIXED);
  });

  it('keeps the mode of 0664 and 0666 files and the other names of a hard-linked file', () => {
    const dir = tempDir();
    for (const mode of [0o664, 0o666, 0o600]) {
      const file = path.join(dir, `m${mode.toString(8)}.txt`);
      fs.writeFileSync(file, BROKEN);
      fs.chmodSync(file, mode);
      assert.strictEqual(runCli(['--fix', file]).code, 0);
      assert.strictEqual(fs.statSync(file).mode & 0o777, mode);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), FIXED);
    }
    const file = path.join(dir, 'linked.txt');
    fs.writeFileSync(file, BROKEN);
    fs.linkSync(file, path.join(dir, 'other-name.txt'));
    const inode = fs.statSync(file).ino;
    assert.strictEqual(runCli(['--fix', file]).code, 0);
    assert.strictEqual(fs.statSync(file).ino, inode, 'same file, not a new one');
    assert.strictEqual(fs.statSync(file).nlink, 2);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'other-name.txt'), 'utf8'), FIXED);
  });

  it('keeps the owner of a file it may write but does not own', function () {
    if (process.getuid?.() !== 0) this.skip(); // needs root to give a file to another user
    const dir = tempDir();
    fs.chmodSync(dir, 0o777);
    const file = path.join(dir, 'theirs.txt');
    fs.writeFileSync(file, BROKEN);
    fs.chmodSync(file, 0o666);
    fs.chownSync(file, 0, 0);
    const r = runCliUnprivileged(['--fix', 'theirs.txt'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), FIXED);
    assert.strictEqual(fs.statSync(file).uid, 0, 'still root’s file');
  });

  it('refuses a read-only file with a message, and still reports its findings', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ro.txt');
    fs.writeFileSync(file, BROKEN);
    fs.chmodSync(file, 0o444);
    const r = runCli(['--fix', '-f', 'json', file]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /ro\.txt: 文件是只读的（权限 0444），未修改/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), BROKEN);
    const [result] = JSON.parse(r.stdout);
    assert.deepStrictEqual(result.messages[0], {
      ruleId: null,
      fatal: true,
      severity: 2,
      message: '文件是只读的（权限 0444），未修改',
      line: 1,
      column: 1,
    });
    assert.ok(
      result.messages.some((m: { ruleId: string }) => m.ruleId === 'numbering-sequence'),
      'the unfixed finding is still shown',
    );
  });

  it('one unwritable file is reported and the others are still fixed, exit 2 at the end', () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o777);
    for (const sub of ['a', 'b']) {
      fs.mkdirSync(path.join(dir, sub));
      fs.writeFileSync(path.join(dir, sub, 'x.txt'), BROKEN);
      fs.chmodSync(path.join(dir, sub, 'x.txt'), 0o666);
    }
    fs.chmodSync(path.join(dir, 'a'), 0o555);
    fs.chmodSync(path.join(dir, 'b'), 0o777);
    const r = runCliUnprivileged(['--fix', 'a/x.txt', 'b/x.txt'], dir);
    assert.strictEqual(r.code, 2, r.stderr);
    assert.match(r.stderr, /a\/x\.txt: 无法写入（临时文件 \.x\.txt\.\d+\.reportlint-tmp）：EACCES/);
    assert.match(r.stdout, /a\/x\.txt\n\s+–\s+error\s+无法写入/);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'a', 'x.txt'), 'utf8'), BROKEN);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'b', 'x.txt'), 'utf8'), FIXED);
  });

  it('does not overwrite a file that changed after it was read', () => {
    const file = path.join(tempDir(), 'r.txt');
    fs.writeFileSync(file, BROKEN);
    const read = readReportFile(file);
    fs.appendFileSync(file, '三、新加的一段。\n');
    assert.throws(() => writeReportFile(file, read, FIXED), /r\.txt: 文件在检查期间被改动，未写入/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), BROKEN + '三、新加的一段。\n');
    writeReportFile(file, readReportFile(file), FIXED);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), FIXED, 'read again, it is written');
  });
});
