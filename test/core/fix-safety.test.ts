import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultConfig, fixText, lint, type TextEdit } from '../../server/src/core';
import { ensureBuilt, runCli, tempDir } from '../helpers/cli';
import { seedFiles } from '../helpers/seeds';
import { segmenter } from '../helpers/segmenter';

/** Maps a range of one pass's output back to the text before that pass. */
function mapBack(lo: number, hi: number, edits: TextEdit[]): [number, number] {
  const one = (pos: number, side: 'lo' | 'hi'): number => {
    let delta = 0;
    for (const e of edits) {
      const newStart = e.span.start + delta;
      const newEnd = newStart + e.text.length;
      if (pos < newStart) return pos - delta;
      if (pos <= newEnd) return side === 'lo' ? e.span.start : e.span.end;
      delta += e.text.length - (e.span.end - e.span.start);
    }
    return pos - delta;
  };
  return [one(lo, 'lo'), one(hi, 'hi')];
}

/** Every fixed range of every pass, in the original text's offsets. */
function fixedRegions(passes: TextEdit[][]): [number, number][] {
  const regions: [number, number][] = [];
  passes.forEach((edits, k) => {
    for (const e of edits) {
      let range: [number, number] = [e.span.start, e.span.end];
      for (let j = k - 1; j >= 0; j--) range = mapBack(range[0], range[1], passes[j]);
      regions.push(range);
    }
  });
  return regions;
}

describe('fixes are safe on every seed', () => {
  before(ensureBuilt);
  for (const file of seedFiles()) {
    it(path.basename(file), () => {
      const original = fs.readFileSync(file, 'utf8');
      const options = { config: defaultConfig(), segmenter: segmenter() };
      const fixed = fixText(original, options);
      assert.ok(fixed.fixed > 0, 'every seed has something fixable');
      // Nothing fixable is left, and a second --fix changes nothing.
      assert.deepStrictEqual(
        lint(fixed.text, options)
          .findings.filter((f) => f.fix)
          .map((f) => f.message),
        [],
      );
      assert.strictEqual(fixText(fixed.text, options).text, fixed.text);
      // Every change lies inside a range some fix claimed.
      const regions = fixedRegions(fixed.passes);
      const merged = regions
        .sort((a, b) => a[0] - b[0])
        .reduce<[number, number][]>((acc, r) => {
          const last = acc[acc.length - 1];
          if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
          else acc.push([...r]);
          return acc;
        }, []);
      const untouched: string[] = [];
      let from = 0;
      for (const [lo, hi] of merged) {
        untouched.push(original.slice(from, lo));
        from = hi;
      }
      untouched.push(original.slice(from));
      // The untouched text appears in the fixed text, in order, from its first character to its last.
      assert.ok(fixed.text.startsWith(untouched[0]), 'text before the first fix changed');
      assert.ok(fixed.text.endsWith(untouched[untouched.length - 1]), 'text after the last fix changed');
      let pos = untouched[0].length;
      for (const piece of untouched.slice(1)) {
        const found = fixed.text.indexOf(piece, pos);
        assert.ok(found >= 0, `untouched text changed: ${JSON.stringify(piece.slice(0, 40))}`);
        pos = found + piece.length;
      }
      // The CLI writes exactly the same text.
      const copy = path.join(tempDir(), path.basename(file));
      fs.copyFileSync(file, copy);
      fs.chmodSync(copy, 0o644); // the seeds are read-only, and --fix refuses read-only files
      const r = runCli(['--fix', '--format', 'json', copy]);
      assert.notStrictEqual(r.code, 2, r.stderr);
      assert.strictEqual(fs.readFileSync(copy, 'utf8'), fixed.text);
      const after = JSON.parse(runCli(['--format', 'json', copy]).stdout)[0];
      assert.strictEqual(after.fixableErrorCount + after.fixableWarningCount, 0);
    });
  }
});
