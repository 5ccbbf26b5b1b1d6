import * as assert from 'assert';
import { typoFindings } from '../../helpers/typo';

const typos = (text: string) => typoFindings(text);

describe('typo: what the further search of a sentence that holds a slip examines', () => {
  it('a name and the characters beside it are left alone, even beside a slip', () => {
    // Examined, the last character of a place name before 镇 reads as the first of 村镇 (临平塘栖镇).
    assert.deepStrictEqual(typos('要提高办事效律，支持临平塘栖镇建设未来社区。'), ['warn 效律→效率']);
    assert.deepStrictEqual(typos('要提高办事效律，支持南浔练市镇发展特色产业。'), ['warn 效律→效率']);
  });

  it('a name that no change reads likelier in context stays as written', () => {
    assert.deepStrictEqual(typos('要提高办事效律，在建康路建设社区服务中心。'), ['warn 效律→效率']);
    assert.deepStrictEqual(typos('要提高办事效律，严肃查处维基违法行为。'), ['warn 效律→效率']);
  });

  it('examining every word, the further search still cuts no common word in half', () => {
    assert.deepStrictEqual(typos('要提高办事效律，李明同志任办公室主任。'), ['warn 效律→效率']);
  });

  it("a real word's change still needs the words around to prefer it to the writer's own word", () => {
    // 失败 is far commoner than 失责, but nothing around 失职失责 speaks for it.
    assert.deepStrictEqual(typos('要提高办事效律，坚决纠正失职失责问题。'), ['warn 效律→效率']);
    assert.deepStrictEqual(typos('要提高办事效律，对失职失责造成严重后果的实行终身问责。'), ['warn 效律→效率']);
  });
});
