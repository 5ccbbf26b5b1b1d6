import * as assert from 'assert';
import * as fs from 'fs';
import { applyFixes, defaultConfig, fixText, lint, RULES, type Rule } from '../server/src/core';
import { seedFiles } from './helpers/seeds';
import { segmenter } from './helpers/segmenter';
import { seededRandom as random } from './helpers/random';

const PIECES = [
  '一、',
  '（一）',
  '1.',
  '(1)',
  '①',
  '第一，',
  '一是',
  '二是',
  '四是',
  '“',
  '”',
  '《',
  '》',
  '（',
  '）',
  '，',
  '。',
  ',',
  '.',
  '；',
  '：',
  ':',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '  ',
  '\u3000',
  '共计',
  '其中',
  '余',
  '多',
  '万元',
  '亿元',
  '%',
  '个百分点',
  '增长',
  '由',
  '提高到',
  '一一',
  '－－',
  '--',
  'X月X日',
  '××',
  '截止',
  '2018',
  '18年5月',
  '部暑',
  '机机',
  '**',
  '- ',
  '# ',
  '\ufeff',
  '\u0000',
  '\ud800',
  '😀',
  'a',
  '1',
  '0',
  '。。。',
];

function randomText(rand: () => number, seeds: string[]): string {
  const mode = rand();
  if (mode < 0.3) {
    // random Unicode, surrogates and controls included
    let s = '';
    const n = Math.floor(rand() * 200);
    for (let i = 0; i < n; i++) s += String.fromCharCode(Math.floor(rand() * 0x10000));
    return s;
  }
  if (mode < 0.6) {
    let s = '';
    const n = Math.floor(rand() * 60);
    for (let i = 0; i < n; i++) s += PIECES[Math.floor(rand() * PIECES.length)];
    return s;
  }
  // mutated seed text: a slice with pieces inserted, characters deleted and lines swapped
  const seed = seeds[Math.floor(rand() * seeds.length)];
  const start = Math.floor(rand() * seed.length);
  let s = seed.slice(start, start + 200 + Math.floor(rand() * 1500));
  const edits = Math.floor(rand() * 8);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rand() * (s.length + 1));
    const r = rand();
    if (r < 0.4) s = s.slice(0, at) + PIECES[Math.floor(rand() * PIECES.length)] + s.slice(at);
    else if (r < 0.7) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(rand() * 5));
    else {
      const lines = s.split('\n');
      const a = Math.floor(rand() * lines.length);
      const b = Math.floor(rand() * lines.length);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      s = lines.join('\n');
    }
  }
  return s;
}

describe('fuzzing the whole engine (seeded)', function () {
  this.timeout(300000);
  const CASES = Number(process.env.FUZZ_CASES ?? 3000);
  const seeds = seedFiles().map((f) => fs.readFileSync(f, 'utf8'));

  it(`${CASES} random and mutated texts: no exception, ranges inside, fixes apart, fixing converges`, () => {
    const options = { config: defaultConfig(), segmenter: segmenter() };
    const rand = random(Number(process.env.FUZZ_SEED ?? 42));
    for (let n = 0; n < CASES; n++) {
      const text = randomText(rand, seeds);
      const where = `case ${n}: ${JSON.stringify(text.slice(0, 80))}`;
      const { findings } = lint(text, options);
      for (const f of findings) {
        assert.notStrictEqual(f.ruleId, 'internal-error', `${where}: ${f.message}`);
        assert.ok(
          0 <= f.span.start && f.span.start <= f.span.end && f.span.end <= text.length,
          `${where}: range ${JSON.stringify(f.span)}`,
        );
        for (const fix of [f.fix, ...(f.suggestions ?? [])]) {
          if (!fix) continue;
          const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
          edits.forEach((e, i) => {
            assert.ok(0 <= e.span.start && e.span.end <= text.length, `${where}: edit outside the text`);
            if (i > 0) assert.ok(edits[i - 1].span.end <= e.span.start, `${where}: a fix's own edits overlap`);
          });
        }
      }
      // Applied fixes never overlap: every applied edit is disjoint from the others.
      const applied = applyFixes(
        text,
        findings.flatMap((f) => (f.fix ? [f.fix] : [])),
      ).edits;
      for (let i = 1; i < applied.length; i++)
        assert.ok(applied[i - 1].span.end <= applied[i].span.start, `${where}: applied edits overlap`);
      if (n % 10 === 0) {
        // Fixing converges: nothing fixable is left, and fixing again changes nothing.
        const once = fixText(text, options);
        assert.deepStrictEqual(
          once.result.findings.filter((f) => f.fix).map((f) => f.message),
          [],
          `${where}: fixable findings left`,
        );
        assert.strictEqual(fixText(once.text, options).text, once.text, `${where}: a second --fix changed the text`);
      }
    }
  });
});

describe('failure isolation', () => {
  it('a rule that throws is one internal error; the other rules still report', () => {
    const broken: Rule = {
      meta: { id: 'broken', description: '测试用：总是出错', defaultSeverity: 'error', fixable: false, options: {} },
      check() {
        throw new Error('boom');
      },
    };
    const config = defaultConfig();
    config.rules.broken = { severity: 'error', options: {} };
    const { findings } = lint('一、甲\n正文。\n三、乙\n', { config, rules: [broken, ...RULES] });
    assert.deepStrictEqual(
      findings.map((f) => [f.ruleId, f.message]),
      [
        ['internal-error', '规则 broken 内部错误：boom'],
        ['numbering-sequence', '编号跳号：「一、」之后是「三、」，缺少「二、」。'],
      ],
    );
  });
});
