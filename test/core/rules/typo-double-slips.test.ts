import * as assert from 'assert';
import { typoFindings } from '../../helpers/typo';

const typos = (text: string) => typoFindings(text);

describe('typo: a double slip beside a slip found', () => {
  it('two characters that form no word are no double slip, even beside a slip: most such pairs are names', () => {
    // A two-character name before 同志 leaves no lone character when "mended" (钟扬 read as 中央, 施畅 as 市场).
    assert.deepStrictEqual(typos('要提高办事效律，学习钟扬同志的先进事迹。'), ['warn 效律→效率']);
    assert.deepStrictEqual(typos('要提高办事效律，由施畅同志负责协调。'), ['warn 效律→效率']);
    assert.deepStrictEqual(typos('要提高办事效律，外宾玛裕勒和诗丽婉出席。'), ['warn 效律→效率']);
  });

  it('a single slip beside a slip found is mended by its character alone', () => {
    assert.deepStrictEqual(typos('要提高办事效律，加强口岸卫生捡疫能力建设。'), ['warn 效律→效率', 'info 捡疫→检疫']);
  });
});
