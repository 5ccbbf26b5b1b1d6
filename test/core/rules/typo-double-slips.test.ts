import * as assert from 'assert';
import { typoFindings } from '../../helpers/typo';

const typos = (text: string) => typoFindings(text);

describe('typo: a double slip beside a slip found', () => {
  it('two characters that form no word, both typed for others of their sound, where mended they join the words around', () => {
    assert.deepStrictEqual(typos('要提高办事效律，由领导班子诚园兼任。'), ['warn 效律→效率', 'info 诚园→成员']);
    assert.deepStrictEqual(typos('要提高办事效律，各单位要及时宗介经验。'), ['warn 效律→效率', 'info 宗介→总结']);
    // Without a slip found first the sentence is not searched on such weak evidence.
    assert.deepStrictEqual(typos('由领导班子诚园兼任。'), []);
  });

  it('a name spelt out by sound is no double slip: mended, it leaves the rest of the name behind', () => {
    assert.deepStrictEqual(typos('要提高办事效律，外宾玛裕勒和诗丽婉出席。'), ['warn 效律→效率']);
  });

  it('of a single slip and a double one of the same character, the single', () => {
    assert.deepStrictEqual(typos('要提高办事效律，加强口岸卫生捡疫能力建设。'), ['warn 效律→效率', 'info 捡疫→检疫']);
  });
});
