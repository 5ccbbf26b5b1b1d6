import * as assert from 'assert';
import { defaultConfig, lint, RULES, RULES_BY_ID } from '../../server/src/core';
import { segmenter } from '../helpers/segmenter';

/**
 * Every prose rule, on a sentence that breaks it, placed in a numbered paragraph of each marker kind, in the body
 * after a lead-in title, and after 一是 / 第一，. The rule must report it there as it does in a plain paragraph.
 */
const SAMPLES: { rule: string; sentence: string; text: string; copied?: string }[] = [
  { rule: 'sum-mismatch', sentence: '全年组织开展部门协调会5场、业务培训会6场、宣传推介会4场，共计20余场次。', text: '20余场次' },
  { rule: 'part-exceeds-whole', sentence: '全年培训学员300人，其中青年学员350人。', text: '350人' },
  { rule: 'percent-mismatch', sentence: '受理量由1.6万增加到2万，增长了30%。', text: '30%' },
  { rule: 'count-mismatch', sentence: '重点抓好4个方面：调研、培训、评估。', text: '4个方面' },
  { rule: 'usage', sentence: '截止目前，已完成全部任务。', text: '截止' },
  { rule: 'usage', sentence: '自21年起，2022年全面完成任务。', text: '21年' },
  { rule: 'unpaired-mark', sentence: '深入学习《条例》和《准则，全面提升能力。', text: '《' },
  { rule: 'sentence-end', sentence: '全年组织开展部门协调会5场、业务培训会6场，成效明显', text: '显' },
  {
    rule: 'duplicate-sentence',
    sentence: '全年组织开展部门协调会5场、业务培训会6场，成效明显。',
    text: '全年组织开展部门协调会5场、业务培训会6场，成效明显。',
    copied: '此外，全市各级科协组织认真落实上级部署，围绕中心服务大局，扎实推进各项重点任务，取得了明显成效。',
  },
  {
    rule: 'duplicate-paragraph',
    sentence: '全年组织开展部门协调会5场、业务培训会6场，覆盖全市各区县科协组织和广大科技工作者，成效明显，得到上级部门的充分肯定。',
    text: '',
    copied: '',
  },
  { rule: 'typo', sentence: '认真部暑各项工作任务，确保取得实效。', text: '部暑' },
  { rule: 'punctuation-width', sentence: '全年开展活动,成效明显。', text: ',' },
  { rule: 'variant-form', sentence: '进一步完善帐户管理制度。', text: '帐户' },
  { rule: 'dash', sentence: '全年开展活动－－成效明显。', text: '－－' },
  { rule: 'placeholder', sentence: '定于X月X日召开全体会议。', text: 'X月X日' },
  { rule: 'repeated-char', sentence: '全面加强的的组织建设。', text: '的的' },
];

/** Where the sentence goes: the last line of each text (a copied sentence stands in a plain paragraph before it). */
const PLACES: { name: string; line: (s: string) => string }[] = [
  { name: 'numbered paragraph 一、', line: (s) => `二、${s}` },
  { name: 'numbered paragraph （一）', line: (s) => `（一）${s}` },
  { name: 'numbered paragraph 1.', line: (s) => `1.${s}` },
  { name: 'numbered paragraph （1）', line: (s) => `（1）${s}` },
  { name: 'numbered paragraph ①', line: (s) => `①${s}` },
  { name: 'after the lead-in of 一、', line: (s) => `二、加强组织建设。${s}` },
  { name: 'after the lead-in of （一）', line: (s) => `（一）加强组织建设。${s}` },
  { name: 'after the lead-in of 1.', line: (s) => `1.加强组织建设。${s}` },
  { name: 'after the lead-in of （1）', line: (s) => `（1）加强组织建设。${s}` },
  { name: 'after the lead-in of ①', line: (s) => `①加强组织建设。${s}` },
  { name: 'after 一是', line: (s) => `一是${s}` },
  { name: 'after 第一，', line: (s) => `第一，${s}` },
];

describe('prose rules inside numbered items', () => {
  it('the table covers every rule that reads prose', () => {
    const structural = new Set(['numbering-sequence', 'numbering-hierarchy', 'numbering-style']);
    const covered = new Set(SAMPLES.map((s) => s.rule));
    assert.deepStrictEqual(
      RULES.map((r) => r.meta.id).filter((id) => !structural.has(id) && !covered.has(id)),
      [],
    );
  });

  for (const sample of SAMPLES) {
    describe(`${sample.rule}: ${sample.sentence}`, () => {
      for (const place of PLACES) {
        it(place.name, () => {
          const last = place.line(sample.sentence);
          const code = `一、工作回顾\n${sample.copied !== undefined ? sample.sentence + sample.copied + '\n' : ''}${last}\n`;
          const config = defaultConfig();
          for (const id of Object.keys(config.rules)) config.rules[id].severity = id === sample.rule ? 'warn' : 'off';
          const { findings } = lint(code, { config, rules: [RULES_BY_ID.get(sample.rule)!], segmenter: segmenter() });
          const lastStart = code.length - last.length - 1;
          const inside = findings.filter((f) => f.span.start >= lastStart);
          assert.ok(inside.length >= 1, `no ${sample.rule} finding in «${last}»: ${JSON.stringify(findings.map((f) => f.message))}`);
          // The finding covers the offending text (a repeated sentence may include the 一是 before it).
          const reported = inside.map((f) => code.slice(f.span.start, f.span.end));
          if (sample.text)
            assert.ok(
              reported.some((t) => t === sample.text || t.endsWith(sample.text)),
              reported.join(' | '),
            );
        });
      }
    });
  }
});
