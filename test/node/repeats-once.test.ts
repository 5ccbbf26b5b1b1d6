import * as assert from 'assert';
import * as fs from 'fs';
import { defaultConfig, findRepeats, lint, parseReport, RULES, type Finding } from '../../server/src/core';
import { lintRepeatsOnce } from '../../server/src/node/repeats-once';
import { seedFiles } from '../helpers/seeds';

const canonical = (findings: readonly Finding[]) => findings.map((f) => JSON.stringify(f));

// The main thread's rules on a long file: those that read a paragraph at a time run once per distinct paragraph,
// and their findings are copied into the repeats; the findings, in order, are those of one lint of the whole.
describe('paragraph rules once per distinct paragraph', () => {
  const seeds = seedFiles().map((f) => fs.readFileSync(f, 'utf8'));
  // Reports put together, some twice, with a half-width comma and a placeholder in a paragraph that repeats.
  const text = [...seeds, '二、做好X月X日的工作,确保落实。', ...seeds.slice(0, 3), '二、做好X月X日的工作,确保落实。'].join('\n');
  const doc = parseReport(text);
  const split = findRepeats(text, doc.paragraphs);

  for (const phase of ['unsegmented', 'fast'] as const) {
    it(`the ${phase} phase: the findings of one lint of the whole, in the same order`, () => {
      const config = defaultConfig();
      const once = lintRepeatsOnce(text, { config, phase, doc }, split);
      const whole = lint(text, { config, phase, doc }).findings;
      assert.ok(split.repeats.length > 100, 'the text repeats paragraphs');
      const paragraphRules = new Set(RULES.filter((r) => r.meta.scope === 'paragraph').map((r) => r.meta.id));
      const inRepeats = once.filter(
        (f) =>
          paragraphRules.has(f.ruleId) &&
          split.repeats.some((r) => r.paragraph.span.start <= f.span.start && f.span.end <= r.paragraph.span.end),
      );
      assert.ok(inRepeats.length >= 2, 'paragraph rules report inside the repeats');
      assert.deepStrictEqual(canonical(once), canonical(whole));
    }).timeout(60000);
  }
});
