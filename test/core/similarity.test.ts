import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fingerprints, normalizeForComparison } from '../../server/src/core/analysis/similarity';
import { seededRandom } from '../helpers/random';

/** Winnowing written plainly: every window's minimum into a Set (its order: first found). */
function referenceFingerprints(text: string, w = 6): number[] {
  const hashes: number[] = [];
  for (let i = 0; i + 4 <= text.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + 4; j++) h = Math.imul(h ^ text.charCodeAt(j), 0x01000193);
    hashes.push(h >>> 0);
  }
  if (hashes.length <= w) return hashes.length ? [Math.min(...hashes)] : [];
  const out = new Set<number>();
  for (let i = 0; i + w <= hashes.length; i++) out.add(Math.min(...hashes.slice(i, i + w)));
  return [...out];
}

describe('fingerprints', () => {
  it('are each window minimum once, in the order first found, on real paragraphs', () => {
    const dir = path.join(__dirname, '..', '..', '..', 'shared', 'seeds');
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).slice(0, 5) : [];
    const paragraphs = files.flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n'));
    paragraphs.push('', '一二三', '一二三四', '一二三四五六七八九', '重复重复重复重复重复重复重复重复重复重复');
    for (const p of paragraphs) {
      const text = normalizeForComparison(p);
      assert.deepStrictEqual(fingerprints(text), referenceFingerprints(text), text);
    }
  });

  it('keep a minimum met again after others once, at its first place (text that repeats within itself)', () => {
    const rand = seededRandom(11);
    const alphabet = '甲乙丙丁戊己庚辛';
    for (let run = 0; run < 200; run++) {
      const unit = Array.from({ length: 4 + Math.floor(rand() * 12) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const text = unit.repeat(1 + Math.floor(rand() * 5)) + unit.slice(0, Math.floor(rand() * unit.length));
      const prints = fingerprints(text);
      assert.deepStrictEqual(prints, referenceFingerprints(text), text);
      assert.strictEqual(new Set(prints).size, prints.length);
    }
  });
});
