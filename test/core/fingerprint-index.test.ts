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
});
