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

  it("a near sound is one from a character's main reading: a rarer reading and a fuzzy sound would be two slips", () => {
    // 绿 reads lù as well as lǜ; with l/r that would make it a near sound of 入 (rù), and 深绿 a slip for 深入.
    assert.deepStrictEqual(typos('提高办事效律，推进深绿发展，建设零碳园区。'), ['warn 效律→效率']);
  });

  it('a word official prose uses often is a correction though the dictionary rates it under the frequency floor', () => {
    // 产学研 is rare in the dictionary (3) and common in published reports: mined from them (corpus-words.json).
    assert.deepStrictEqual(typos('加强厂学研合作与交流。'), ['warn 厂学研→产学研']);
    assert.deepStrictEqual(typos('健全以企业为主体的厂学研合作机制。'), ['warn 厂学研→产学研']);
    assert.deepStrictEqual(typos('加强产学研合作与交流。'), []);
  });

  it('a phrase the context model reads as likely as a word at the floor is a correction too', () => {
    // 党的领导 is rare in the dictionary (3); the model reads it as 党|的|领导, as likely as a common word.
    assert.deepStrictEqual(typos('坚持和加强挡的领导。'), ['info 挡的领导→党的领导']);
    assert.deepStrictEqual(typos('坚持和加强党的领导，全面从严治党。'), []);
  });

  it('a person named in a report is never corrected into a famous name that web text makes likely', () => {
    // 张纪中 and 郭富城 are in the dictionary as people's names (nr), rare there and likely to the model.
    assert.deepStrictEqual(typos('会议由张纪忠同志主持。'), []);
    assert.deepStrictEqual(typos('经研究决定，任命郭富呈同志为综合科科长。'), []);
    assert.deepStrictEqual(typos('许宗恒同志带队赴企业开展调研。'), []);
  });

  it('a character is never corrected into its other script: a text in traditional script chose it', () => {
    // 後 is the traditional form of 后: 今後 is no slip for 今后, nor 落後 in a text written in traditional script.
    assert.deepStrictEqual(typos('今後要进一步加强管理。'), []);
    assert.deepStrictEqual(typos('逐步改變農業中的落後的個體經營，按自願的原則用互助組和合作社的形式。'), []);
  });
});
