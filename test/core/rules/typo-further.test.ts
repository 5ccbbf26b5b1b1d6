import * as assert from 'assert';
import { typoFindings } from '../../helpers/typo';

const typos = (text: string) => typoFindings(text);

describe('typo: further slips of a sentence that holds one', () => {
  it('a slip primes no search beyond its own clause: the clause after a semicolon is read on its own', () => {
    // Coinages of recent reports (平急两用) read as slips on the lower evidence of a further slip.
    assert.deepStrictEqual(typos('要提高办事效律；推进平急两用设施建设，加快城中村改造。'), ['warn 效律→效率']);
    assert.deepStrictEqual(typos('各部门要深入惯彻落实安全生产责任制。组织开展火灾急患排查整治工作。'), ['warn 惯彻→贯彻']);
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
    // A rarer word the words around do not disfavour is the writer's (民宿 is no 民俗).
    assert.deepStrictEqual(typos('要提高办事效律，规范发展乡村民宿。'), ['warn 效律→效率']);
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
