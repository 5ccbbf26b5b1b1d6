import * as assert from 'assert';
import { defaultConfig, lint } from '../../../server/src/core';
import { segmenter } from '../../helpers/segmenter';

const config = () => {
  const c = defaultConfig();
  for (const id of Object.keys(c.rules)) c.rules[id].severity = id === 'typo' ? 'warn' : 'off';
  return c;
};
const typos = (text: string) =>
  lint(text, { config: config(), segmenter: segmenter() }).findings.map(
    (f) => `${f.severity} ${text.slice(f.span.start, f.span.end)}→${(f.fix ?? f.suggestions![0]).edits[0].text}`,
  );

describe('typo: further slips of a sentence that holds one', () => {
  it('clauses joined by a semicolon are one sentence: a slip in one primes the search of the other', () => {
    assert.deepStrictEqual(typos('各部门要深入惯彻落实安全生产责任制；组织开展火灾急患排查整治工作。'), [
      'warn 惯彻→贯彻',
      'info 急患→隐患',
    ]);
    // A full stop ends the sentence, and the slip's haste with it.
    assert.deepStrictEqual(typos('各部门要深入惯彻落实安全生产责任制。组织开展火灾急患排查整治工作。'), ['warn 惯彻→贯彻']);
    // The other clause written right stays silent, and the weak evidence alone finds nothing.
    assert.deepStrictEqual(typos('各部门要深入惯彻落实安全生产责任制；组织开展火灾隐患排查整治工作。'), ['warn 惯彻→贯彻']);
    assert.deepStrictEqual(typos('组织开展火灾急患排查整治工作。'), []);
  });

  it('the commonest characters are examined too, only for a character of the same sound', () => {
    assert.deepStrictEqual(typos('要提高办事效律，完善综和监督体系。'), ['warn 效律→效率', 'info 综和→综合']);
    assert.deepStrictEqual(typos('完善综和监督体系。'), []);
    // 是 and 卓 only look alike: a look-alike of so common a character is seldom what was meant.
    assert.deepStrictEqual(typos('各部门要提高办事效律，这项工作是有成效的。'), ['warn 效律→效率']);
  });

  it('a real word of the same sound needs no extra evidence where both models clearly prefer the change', () => {
    assert.deepStrictEqual(typos('要提高办事效律，粮食产量连续三年抄过一万吨。'), ['warn 效律→效率', 'info 抄过→超过']);
    assert.deepStrictEqual(typos('粮食产量连续三年抄过一万吨。'), []);
  });

  it('a word swapped whole for another of its sound, where the words around want the other', () => {
    assert.deepStrictEqual(typos('要提高办事效律，依法查处旅游时常中的虚假广告。'), ['warn 效律→效率', 'info 时常→市场']);
    assert.deepStrictEqual(typos('要提高办事效律，干部要时常下乡调研。'), ['warn 效律→效率']);
    assert.deepStrictEqual(typos('依法查处旅游时常中的虚假广告。'), []);
  });

  it('点 is a figure only after a figure (十一点八): elsewhere a word of it is corrected like any other', () => {
    assert.deepStrictEqual(typos('要提高办事效律，在全市开展改革视点工作。'), ['warn 效律→效率', 'info 视点→试点']);
    assert.deepStrictEqual(typos('要提高办事效律，全年增长十一点八个百分点。'), ['warn 效律→效率']);
  });
});
