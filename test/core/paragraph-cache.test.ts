import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultConfig, lint, ParagraphCache, RULES, type Finding } from '../../server/src/core';
import { applyEdit, randomEdit } from '../helpers/random-edits';
import { seededRandom } from '../helpers/random';
import { seed, SHARED } from '../helpers/seeds';
import { segmenter } from '../helpers/segmenter';

// The editor keeps paragraph-scoped findings per paragraph and checks only what an edit changed; after every
// edit of a random sequence its findings must equal a fresh whole-document lint, in both phases.
function corpusReport(): { name: string; text: string } {
  const dir = path.join(SHARED, 'corpus', 'gov-work-reports');
  const name = fs.readdirSync(dir).sort()[7];
  return { name, text: fs.readFileSync(path.join(dir, name), 'utf8').slice(0, 30000) };
}

describe('per-paragraph cache: findings equal a whole-document lint after every edit', function () {
  this.timeout(300000);
  const config = defaultConfig();

  it('marks only rules whose findings stay in their paragraph', () => {
    const scoped = RULES.filter((r) => r.meta.scope === 'paragraph').map((r) => r.meta.id);
    assert.ok(scoped.includes('typo') && scoped.includes('punctuation-width'));
    assert.ok(!scoped.includes('duplicate-paragraph') && !scoped.includes('numbering-sequence'));
  });

  const cases = [
    { name: 'seed 000', text: () => seed('000').text, edits: 60, runs: [1, 2] },
    { name: 'seed 003', text: () => seed('003').text, edits: 60, runs: [3] },
    { name: 'a corpus report', text: () => corpusReport().text, edits: 40, runs: [4] },
  ];
  for (const c of cases) {
    for (const run of c.runs) {
      it(`${c.name}, random edits (run ${run})`, () => {
        const rand = seededRandom(run);
        const cache = new ParagraphCache();
        const seg = segmenter();
        let text = c.text();
        for (let i = 0; i <= c.edits; i++) {
          if (i) text = applyEdit(text, randomEdit(text, rand));
          const fast = lint(text, { config, phase: 'fast', cache }).findings;
          assert.deepStrictEqual(fast, lint(text, { config, phase: 'fast' }).findings, `fast phase after edit ${i}`);
          const all = lint(text, { config, segmenter: seg, cache }).findings;
          const fresh = lint(text, { config, segmenter: seg }).findings;
          assert.deepStrictEqual(all, fresh, `after edit ${i}`);
        }
      });
    }
  }

  it('a paragraph the document repeats is checked once, and every copy gets its findings', () => {
    const rule = RULES.find((r) => r.meta.id === 'punctuation-width')!;
    const block = '一、总体要求\n全年完成投资8亿元,同比增长5%.\n\n';
    const text = block.repeat(3) + '二、其他\n全年完成投资9亿元,同比增长5%.\n';
    const checked: string[] = [];
    const once = lint(text, {
      config,
      rules: [{ ...rule, check: (ctx) => (checked.push(...ctx.doc.paragraphs.map((p) => p.text)), rule.check(ctx)) }],
      cache: new ParagraphCache(),
    }).findings;
    // Written three times, each is checked once, but the first heading apart: nothing precedes it, a rule may read that.
    assert.deepStrictEqual(checked, [
      '一、总体要求',
      '全年完成投资8亿元,同比增长5%.',
      '一、总体要求',
      '二、其他',
      '全年完成投资9亿元,同比增长5%.',
    ]);
    assert.deepStrictEqual(once, lint(text, { config, rules: [rule] }).findings);
    assert.strictEqual(once.length, 4);
  });

  it('a typo suspect withdrawn once another paragraph uses the same form, and back once that use is gone', () => {
    // A form the writer uses twice is their own term: the typo rule reads the rest of the document for that.
    const cache = new ParagraphCache();
    const seg = segmenter();
    const typoOnly = (text: string, withCache: boolean) =>
      lint(text, { config, segmenter: seg, cache: withCache ? cache : undefined }).findings.filter((f) => f.ruleId === 'typo');
    const one = '各部门要提高办事效律。\n\n会议要求加强督查。\n';
    const two = '各部门要提高办事效律。\n\n效律是本单位的考核指标。\n';
    assert.strictEqual(typoOnly(one, true).length, 1);
    for (const text of [two, one, two]) assert.deepStrictEqual(typoOnly(text, true), typoOnly(text, false));
  });

  it('checks only the paragraphs an edit changed', () => {
    const cache = new ParagraphCache();
    const text = seed('000').text;
    lint(text, { config, cache });
    const checked: number[] = [];
    const counting = RULES.filter((r) => r.meta.scope === 'paragraph').map((r) => ({
      meta: r.meta,
      check: (ctx: Parameters<typeof r.check>[0]) => {
        checked.push(ctx.doc.paragraphs.length);
        r.check(ctx);
      },
    }));
    const at = text.indexOf('\n', text.length / 2);
    const edited = text.slice(0, at) + '的' + text.slice(at);
    const found: Finding[] = lint(edited, { config, cache, rules: counting }).findings;
    assert.ok(checked.length > 0 && checked.every((n) => n === 1), `paragraphs checked per rule: ${checked}`);
    assert.deepStrictEqual(found, lint(edited, { config, rules: counting }).findings);
  });
});
