import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { outlineOf, parseReport } from '../../../server/src/core';
import { ROOT, seedFiles } from '../../helpers/seeds';

const GOLDEN = path.join(ROOT, 'test', 'golden');

/** Golden outlines: checked by eye once; UPDATE_GOLDEN=1 rewrites them after a deliberate change. */
describe('seed outlines (golden)', () => {
  for (const file of seedFiles()) {
    const name = path.basename(file, '.txt');
    it(name, () => {
      const outline = outlineOf(parseReport(fs.readFileSync(file, 'utf8')));
      const goldenFile = path.join(GOLDEN, `${name}.outline.json`);
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(goldenFile, JSON.stringify(outline, null, 2) + '\n');
      assert.deepStrictEqual(outline, JSON.parse(fs.readFileSync(goldenFile, 'utf8')));
    });
  }
});
