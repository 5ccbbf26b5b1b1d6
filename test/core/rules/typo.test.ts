import * as assert from 'assert';
import { defaultConfig, lint } from '../../../server/src/core';
import { TYPO_DICTIONARY } from '../../../server/src/core/data/typo-dictionary';
import rule from '../../../server/src/core/rules/typo';
import { testRule } from '../../helpers/rule-tester';
import { segmenter } from '../../helpers/segmenter';

testRule(
  rule,
  {
    valid: [
      '按照理事会的工作部署要求，推进实施无废扮靓社区项目，加强人才队伍建设。',
      // the wrong form inside other words
      '请提交个人材料。按排名先后录取。村干部置身其中。严格执行离退休制度。这些问题的解决对于发展很重要。',
      '组织各所属学会团结引导广大科技工作者。',
    ],
    invalid: [
      {
        code: '按照理事会的工作部暑要求开展工作。',
        errors: [{ line: 1, text: '部暑', message: '错别字：「部暑」应为「部署」。' }],
        output: '按照理事会的工作部署要求开展工作。',
      },
      {
        code: '推进实施无废扮静社区环保科普公益项目。',
        errors: [{ line: 1, text: '扮静' }],
        output: '推进实施无废扮靓社区环保科普公益项目。',
      },
      {
        code: '努力建设一支高素质的科技人材队伍。',
        errors: [{ line: 1, text: '人材' }],
        output: '努力建设一支高素质的科技人才队伍。',
      },
      {
        // found in context, not listed: a hint with a suggestion only
        code: '深入贯彻上级科协工作部署，围结和带领全市广大科技工作者。',
        errors: [{ line: 1, text: '围结', message: '「围结」可能应为「团结」。' }],
      },
    ],
  },
  { segmenter },
);

describe('typo: the curated dictionary, entry by entry', () => {
  const config = defaultConfig();
  for (const id of Object.keys(config.rules)) config.rules[id].severity = id === 'typo' ? 'warn' : 'off';
  config.rules.typo.options.detect = false;
  for (const entry of TYPO_DICTIONARY) {
    it(`${entry.wrong} → ${entry.right}`, () => {
      const wrong = `我们认真研究了${entry.wrong}这一问题。`;
      const found = lint(wrong, { config, rules: [rule] }).findings;
      assert.deepStrictEqual(
        found.map((f) => wrong.slice(f.span.start, f.span.end)),
        [entry.wrong],
      );
      assert.strictEqual(found[0].fix!.edits[0].text, entry.right);
      const right = `我们认真研究了${entry.right}这一问题。`;
      assert.deepStrictEqual(
        lint(right, { config, rules: [rule] }).findings.map((f) => f.message),
        [],
      );
    });
  }
});

describe('typo: the user’s own words', () => {
  const config = () => {
    const c = defaultConfig();
    for (const id of Object.keys(c.rules)) c.rules[id].severity = id === 'typo' ? 'warn' : 'off';
    return c;
  };
  it('typos from the config are found and fixed', () => {
    const c = config();
    c.typos = { 科协系统: '科协组织' };
    const found = lint('全市科协系统共有会员。', { config: c, segmenter: segmenter() }).findings;
    assert.deepStrictEqual(
      found.map((f) => [f.message, f.fix?.edits[0].text]),
      [['错别字：「科协系统」应为「科协组织」。', '科协组织']],
    );
  });
  it('allowed words are never corrected, by either layer', () => {
    const c = config();
    c.allow = ['部暑', '围结'];
    const found = lint('工作部暑要求，围结和带领全市广大科技工作者。', { config: c, segmenter: segmenter() }).findings;
    assert.deepStrictEqual(found, []);
  });
  it('names of people and places are not corrected', () => {
    const c = config();
    const found = lint('张三丰同志到渝北区古路镇乌牛村调研，叶青主持会议。', { config: c, segmenter: segmenter() }).findings;
    assert.deepStrictEqual(
      found.map((f) => f.message),
      [],
    );
  });
});
