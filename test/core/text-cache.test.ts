import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { TextCache } from '../../server/src/core/text/text-cache';

/** A full garbage collection, for measuring what stays reachable. */
function collect(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

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

  it('keeps neither the documents its keys were cut from nor those the values were read from', () => {
    // An editor's cache gains entries on every edit: holding a whole document for each would hold every version.
    const cache = new TextCache<{ text: string; words: string[] }>();
    const paragraph = (i: number) => `各部门要提高办事效率，加强督查，确保落实到位。第${i}版。`;
    /** The paragraph as cut from a version of a document about 1 MB long. */
    const cutFrom = (filler: string, i: number) => {
      const version = filler.repeat(60000) + paragraph(i);
      return version.slice(version.length - paragraph(i).length);
    };
    collect();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 20; i++) {
      const value = cache.get(cutFrom('各部门要提高办事效率。', i), (own) => ({ text: own, words: [own.slice(0, 14), own.slice(14)] }));
      assert.strictEqual(value.text, paragraph(i));
    }
    // Read again after a new generation begins (the parse memo turns one every parse): carried over, not re-keyed.
    cache.turn();
    for (let i = 0; i < 20; i++) cache.get(cutFrom('会议要求加强督查。', i), () => assert.fail('computed again'));
    collect();
    const kept = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    // Each version is about 1 MB (two-byte characters); keeping them would be 20 MB or more.
    assert.ok(kept < 4, `${kept.toFixed(1)} MB still reachable`);
  });
});
