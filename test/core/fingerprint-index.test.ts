import * as assert from 'assert';
import { FingerprintIndex } from '../../server/src/core/analysis/fingerprint-index';
import { seededRandom } from '../helpers/random';

// The duplicate rules' index must answer exactly as a Map of capped lists does.
describe('FingerprintIndex', () => {
  for (const [run, distinct] of [
    [1, 50],
    [2, 5000],
    [3, 2 ** 32],
  ] as const) {
    it(`answers as a Map of lists capped at cap + 1 (run ${run}, ${distinct} distinct values)`, () => {
      const rand = seededRandom(run);
      const cap = 5;
      const items = Array.from(
        { length: 300 },
        () => new Set(Array.from({ length: 1 + Math.floor(rand() * 30) }, () => Math.floor(rand() * distinct) >>> 0)),
      );
      const index = new FingerprintIndex(
        items.reduce((n, s) => n + s.size, 0),
        cap,
      );
      const reference = new Map<number, number[]>();
      items.forEach((prints, i) => {
        for (const f of prints) {
          index.add(f, i);
          const list = reference.get(f);
          if (!list) reference.set(f, [i]);
          else if (list.length <= cap) list.push(i);
        }
      });
      for (const f of [...reference.keys(), 7, 2 ** 32 - 1]) {
        const seen: number[] = [];
        const count = index.visit(f, (i) => seen.push(i));
        const list = reference.get(f) ?? [];
        assert.strictEqual(count, list.length);
        assert.deepStrictEqual(seen, list.length > cap ? [] : list);
      }
    });
  }

  it('an item added with a weight stands for that many: counted towards the cap, listed once', () => {
    const rand = seededRandom(7);
    const cap = 6;
    const items = Array.from({ length: 400 }, () => ({
      weight: 1 + Math.floor(rand() * 3),
      prints: new Set(Array.from({ length: 1 + Math.floor(rand() * 20) }, () => Math.floor(rand() * 3000))),
    }));
    const index = new FingerprintIndex(
      items.reduce((n, s) => n + s.prints.size, 0),
      cap,
    );
    // The reference adds every copy on its own, as the index without weights would.
    const reference = new Map<number, number[]>();
    items.forEach(({ weight, prints }, i) => {
      for (const f of prints) {
        index.add(f, i, weight);
        for (let k = 0; k < weight; k++) {
          const list = reference.get(f) ?? [];
          if (list.length <= cap) list.push(i);
          reference.set(f, list);
        }
      }
    });
    let listed = 0;
    for (const [f, list] of reference) {
      const seen: number[] = [];
      assert.strictEqual(
        index.visit(f, (i) => seen.push(i)),
        list.length,
      );
      assert.deepStrictEqual(seen, list.length > cap ? [] : [...new Set(list)]);
      listed += seen.length;
    }
    assert.ok(listed > 100, 'some fingerprints are under the cap');
  });
});
