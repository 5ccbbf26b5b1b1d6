import * as assert from 'assert';
import { TextCache } from '../../server/src/core/text/text-cache';

describe('TextCache', () => {
  it('computes a text once while it is read again, even with a little more distinct text than the limit', () => {
    const cache = new TextCache<number>(4);
    const computed: string[] = [];
    const read = (t: string) => cache.get(t, (k) => (computed.push(k), k.length));
    const texts = ['甲', '乙乙', '丙丙丙', '丁', '戊戊'];
    for (let round = 0; round < 3; round++) {
      assert.deepStrictEqual(texts.map(read), [1, 2, 3, 1, 2]);
    }
    assert.deepStrictEqual(computed, texts);
  });

  it('stays bounded: texts not read again are dropped after two generations', () => {
    const cache = new TextCache<number>(3);
    let computed = 0;
    const read = (t: string) => cache.get(t, () => ++computed);
    for (let i = 0; i < 20; i++) read(`段落${i}`);
    assert.strictEqual(computed, 20);
    read('段落0');
    assert.strictEqual(computed, 21, 'the first text was dropped long ago');
    read('段落19');
    assert.strictEqual(computed, 21, 'the last one is kept');
  });
});
