import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultConfig, lint } from '../../server/src/core';
import { seedFiles } from '../helpers/seeds';
import { segmenter } from '../helpers/segmenter';

describe('typos on the seeds', () => {
  it('exactly 部暑 (000:6, 000:24), 扮静 (000:12, 扮靓 elsewhere silent), 人材 (000:22) and 围结 (004:51)', () => {
    const found: string[] = [];
    for (const file of seedFiles()) {
      const text = fs.readFileSync(file, 'utf8');
      const result = lint(text, { config: defaultConfig(), segmenter: segmenter() });
      for (const f of result.findings.filter((x) => x.ruleId === 'typo')) {
        const fix = f.fix ?? f.suggestions![0];
        found.push(
          `${path.basename(file).slice(0, 3)}:${result.doc.lines.positionAt(f.span.start).line + 1} ${text.slice(f.span.start, f.span.end)}→${fix.edits[0].text}`,
        );
      }
    }
    assert.deepStrictEqual(found, ['000:6 部暑→部署', '000:12 扮静→扮靓', '000:22 人材→人才', '000:24 部暑→部署', '004:51 围结→团结']);
  });
});
