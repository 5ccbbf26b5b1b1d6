import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, runCli, tempDir } from '../helpers/cli';

describe('CLI on bad input: a clear message, bounded time, never a crash', function () {
  this.timeout(120000);
  before(ensureBuilt);
  const dir = tempDir();

  it('a 50 MB file is refused as too large, at once', () => {
    const file = path.join(dir, 'huge.txt');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 50 * 1024 * 1024);
    const t0 = Date.now();
    const r = runCli([file]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /huge\.txt: 文件过大（50\.0 MB，上限 16 MB）/);
    assert.ok(Date.now() - t0 < 10000);
  });

  it('a 1 MB single line is linted', () => {
    const file = path.join(dir, 'line.txt');
    fs.writeFileSync(file, '加强组织建设，部暑工作要求，落实各项任务。'.repeat(24000));
    const r = runCli(['-f', 'json', file]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const [result] = JSON.parse(r.stdout);
    assert.ok(result.messages.some((m: { ruleId: string }) => m.ruleId === 'typo'));
  });

  it('a binary file, an empty file, invalid UTF-8 that is GB18030, and undecodable bytes', () => {
    fs.writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const bin = runCli([path.join(dir, 'image.txt')]);
    assert.strictEqual(bin.code, 2);
    assert.match(bin.stderr, /这是二进制文件/);

    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    const empty = runCli(['-f', 'json', path.join(dir, 'empty.txt')]);
    assert.strictEqual(empty.code, 0);
    assert.deepStrictEqual(JSON.parse(empty.stdout)[0].messages, []);

    const iconv = require('iconv-lite');
    fs.writeFileSync(path.join(dir, 'gbk.txt'), iconv.encode('一、甲\n工作部暑要求。\n', 'gbk'));
    const gbk = JSON.parse(runCli(['-f', 'json', path.join(dir, 'gbk.txt')]).stdout)[0];
    assert.ok(
      gbk.messages.some((m: { message: string }) => m.message.includes('部暑')),
      'GBK is detected and read',
    );

    fs.writeFileSync(path.join(dir, 'noise.txt'), Buffer.from(Array.from({ length: 4000 }, (_, i) => [0xff, 0x80, 0xfe, 0x81][i % 4])));
    const noise = runCli([path.join(dir, 'noise.txt')]);
    assert.strictEqual(noise.code, 2);
    assert.match(noise.stderr, /noise\.txt: /);
  });

  it('a directory of 10,000 files', () => {
    const many = path.join(dir, 'many');
    fs.mkdirSync(many);
    for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(many, `r${i}.txt`), '一、甲\n正文内容。\n三、乙\n');
    const t0 = Date.now();
    const r = runCli(['-f', 'json', many]);
    assert.strictEqual(r.code, 1, r.stderr);
    const results = JSON.parse(r.stdout);
    assert.strictEqual(results.length, 10000);
    assert.ok(results.every((x: { errorCount: number }) => x.errorCount === 1));
    assert.ok(Date.now() - t0 < 90000, `${Date.now() - t0} ms`);
  });

  it('output into a closed pipe ends quietly', () => {
    const { spawnSync } = require('child_process');
    const r = spawnSync(
      'bash',
      [
        '-c',
        `node ${JSON.stringify(path.resolve(__dirname, '..', '..', 'bin', 'reportlint.js'))} -f json ${JSON.stringify(path.join(dir, 'line.txt'))} | head -c 10`,
      ],
      { encoding: 'utf8' },
    );
    assert.strictEqual(r.stderr, '');
  });
});
