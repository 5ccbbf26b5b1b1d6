import * as assert from 'assert';
import { typoFindings } from '../../helpers/typo';

const typos = (text: string) => typoFindings(text);

describe('typo: the candidates a slip is corrected with', () => {
  it('near sounds are the fuzzy sounds input methods offer as settings, f/h and l/r among them', () => {
    // 湖 (hu) for 服 (fu), 龙 (long) for 融 (rong): an input method set to merge f/h or l/r offers them together.
    assert.deepStrictEqual(typos('全面提升基层公共湖务能力。'), ['warn 湖务→服务']);
    assert.deepStrictEqual(typos('加快推进城乡龙合发展。'), ['info 龙合→融合']);
    assert.deepStrictEqual(typos('全面提升基层公共服务能力。'), []);
    assert.deepStrictEqual(typos('加快推进城乡融合发展。'), []);
  });

  it('a word official prose uses often is a correction though the dictionary rates it under the frequency floor', () => {
    // 产学研 is rare in the dictionary (3) and common in published reports: mined from them (corpus-words.json).
    assert.deepStrictEqual(typos('加强厂学研合作与交流。'), ['warn 厂学研→产学研']);
    assert.deepStrictEqual(typos('健全以企业为主体的厂学研合作机制。'), ['warn 厂学研→产学研']);
    assert.deepStrictEqual(typos('加强产学研合作与交流。'), []);
  });
});
