import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { defaultConfig, fixText, lint } from '../../server/src/core';
import { main } from '../../server/src/cli/main';
import { LintEngine } from '../../server/src/node/engine';
import { tempDir } from '../helpers/cli';
import { seededRandom } from '../helpers/random';
import { segmenter } from '../helpers/segmenter';

/** Report-like pieces: numbering with gaps, half-width punctuation, variant forms, usage slips — things --fix
 * changes — beside text it must leave alone: Latin, digits, URLs, characters outside the BMP, tabs. */
const PIECES = [
  '一、',
  '二、',
  '三、',
  '五、',
  '（一）',
  '（三）',
  '1.',
  '3.',
  '(1)',
  '一是',
  '三是',
  '加强组织建设',
  '部署工作要求',
  '全年举办培训班十二期',
  '取得明显成效',
  '个人帐户',
  '成份',
  '截止2019年底',
  '，',
  '。',
  ',',
  '.',
  ';',
  ':',
  '(',
  ')',
  '“',
  '”',
  '《通知》',
  '--',
  '一一',
  'GDP',
  'https://example.org/a,b',
  '2018',
  '3.5%',
  '共计120万元',
  '\t',
  '　',
  ' ',
];
/** Characters outside GB2312 (GBK-only, four-byte GB18030), as rare as in real reports. */
const RARE = ['镕', '喆', '𠮷', '😀'];
const EOLS = ['\n', '\r\n', '\r'];

function randomReport(rand: () => number): string {
  const eol = EOLS[Math.floor(rand() * EOLS.length)];
  const lines: string[] = [];
  const count = 1 + Math.floor(rand() * 12);
  for (let i = 0; i < count; i++) {
    let line = '';
    const n = Math.floor(rand() * 10);
    for (let k = 0; k < n; k++) {
      line += rand() < 0.02 ? RARE[Math.floor(rand() * RARE.length)] : PIECES[Math.floor(rand() * PIECES.length)];
    }
    lines.push(line);
  }
  // now and then a mixed ending, as files edited on two systems have
  const text = lines.join(eol) + (rand() < 0.7 ? eol : '');
  return rand() < 0.1 ? text.replace(eol, '\r\n') : text;
}

type Encoding = 'utf8' | 'utf8-bom' | 'gb18030';
const BAD_BYTES = [[0xff], [0x80], [0xc0], [0xfe], [0xed, 0xa0, 0x80], [0xe4, 0xb8]];

function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  const body = Buffer.from(text, 'utf8');
  return encoding === 'utf8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/**
 * How the file must have been read if it was accepted: UTF-8 by the platform's strict decoder, else GB18030 read
 * and written back by iconv-lite, which must give the very same bytes (the platform's GB18030 maps a few
 * private-use codes differently, so it cannot serve as the reference there).
 */
function strictDecode(bytes: Buffer): { text: string; encoding: Encoding } | undefined {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes),
      encoding: bom ? 'utf8-bom' : 'utf8',
    };
  } catch {
    /* not UTF-8 */
  }
  if (bom) return undefined;
  const text = iconv.decode(bytes, 'gb18030');
  return iconv.encode(text, 'gb18030').equals(bytes) ? { text, encoding: 'gb18030' } : undefined;
}

describe('--fix over random files: refused untouched, or changed only where fixed', function () {
  const CASES = Number(process.env.FIX_PROPERTY_CASES ?? 300);
  this.timeout(60000 + CASES * 500);

  it(`${CASES} random reports in UTF-8 (BOM or not), GB18030, LF/CRLF/CR, some with bad bytes injected`, async () => {
    const rand = seededRandom(Number(process.env.FIX_PROPERTY_SEED ?? 7));
    const options = { config: defaultConfig(), segmenter: segmenter() };
    const dir = tempDir();
    const outcomes = { refused: 0, fixed: 0, unchanged: 0, cleanGb: 0, cleanGbRefused: 0 };
    for (let n = 0; n < CASES; n++) {
      const text = randomReport(rand);
      const encoding = (['utf8', 'utf8-bom', 'gb18030'] as const)[Math.floor(rand() * 3)];
      let bytes = encode(text, encoding);
      const injected = rand() < 0.35;
      if (injected) {
        for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) {
          const at = Math.floor(rand() * (bytes.length + 1));
          const bad = Buffer.from(BAD_BYTES[Math.floor(rand() * BAD_BYTES.length)]);
          bytes = Buffer.concat([bytes.subarray(0, at), bad, bytes.subarray(at)]);
        }
      }
      const file = path.join(dir, `case-${n}.txt`);
      fs.writeFileSync(file, bytes);
      const where = `case ${n} (${encoding}${injected ? ', bad bytes' : ''}): ${JSON.stringify(text)}`;
      let stderr = '';
      const code = await main(['--fix', '-f', 'json', file], {
        cwd: dir,
        stdout: () => undefined,
        stderr: (s) => (stderr += s),
        readStdin: async () => Buffer.alloc(0),
        engine: () => new LintEngine({ loadSegmenter: () => options.segmenter }),
      });
      const after = fs.readFileSync(file);
      const decoded = strictDecode(bytes);
      const cleanGb = !injected && decoded?.encoding === 'gb18030';
      if (cleanGb) outcomes.cleanGb++;
      if (code === 2) {
        outcomes.refused++;
        assert.ok(after.equals(bytes), `${where}: refused but changed`);
        assert.ok(stderr.includes(file), `${where}: the refusal names the file: ${stderr}`);
        // Clean UTF-8 always goes through; a clean GB18030 file only when its few characters look like UTF-8.
        if (cleanGb) outcomes.cleanGbRefused++;
        else assert.ok(injected || !decoded, `${where}: a valid file was refused: ${stderr}`);
        continue;
      }
      assert.ok(code === 0 || code === 1, `${where}: exit ${code} ${stderr}`);
      assert.ok(decoded, `${where}: accepted bytes that no strict decoder reads`);
      assert.ok(encode(decoded.text, decoded.encoding).equals(bytes), `${where}: the decoding does not round-trip`);
      const expected = encode(fixText(decoded.text, options).text, decoded.encoding);
      assert.ok(after.equals(expected), `${where}: bytes differ outside the fixed ranges`);
      const left = lint(strictDecode(after)!.text, options).findings.filter((f) => f.fix);
      assert.deepStrictEqual(
        left.map((f) => f.ruleId),
        [],
        `${where}: fixable findings left after --fix`,
      );
      if (after.equals(bytes)) outcomes.unchanged++;
      else outcomes.fixed++;
    }
    assert.deepStrictEqual(
      fs.readdirSync(dir).filter((f) => !/^case-\d+\.txt$/.test(f)),
      [],
      'no temporary file left',
    );
    fs.rmSync(dir, { recursive: true, force: true });
    if (process.env.FIX_PROPERTY_VERBOSE) console.log(outcomes);
    // the property was exercised on each side
    assert.ok(outcomes.refused > CASES / 20 && outcomes.fixed > CASES / 5, JSON.stringify(outcomes));
    assert.ok(outcomes.cleanGbRefused <= outcomes.cleanGb / 50, `clean GB18030 files refused: ${JSON.stringify(outcomes)}`);
  });
});
