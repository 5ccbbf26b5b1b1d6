import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseReport } from '../../server/src/core';
import { figureChecks } from '../../server/src/core/analysis/figure-checks';
import { seedFiles } from '../helpers/seeds';

describe('figures on the seeds', () => {
  it('every claim the seeds make holds, and the named ones are checked', () => {
    const checks: string[] = [];
    for (const file of seedFiles()) {
      const doc = parseReport(fs.readFileSync(file, 'utf8'));
      for (const c of figureChecks(doc)) {
        assert.ok(c.ok, `${path.basename(file)}:${doc.lines.positionAt(c.span.start).line + 1} ${c.message}`);
        checks.push(`${path.basename(file).slice(0, 3)} ${c.kind} ${c.detail}`);
      }
    }
    // seed 002: 11.7%, against 6.2% in 2012, up 88.7%
    assert.ok(
      checks.some((c) => c.startsWith('002 percent (11.7 − 6.2) ÷ 6.2')),
      checks.join('\n'),
    );
    // seed 001: the closing table's four groups of ten
    assert.strictEqual(checks.filter((c) => c.startsWith('001 count 标题说 10 项，其下列出 10 项')).length, 4);
    // seed 004: 90篇 of which 1 and 5; “四大”平台 with four. seed 003: 183个县(区)中第13位
    assert.ok(checks.includes('004 part 1 ≤ 90') && checks.includes('004 part 5 ≤ 90'));
    assert.ok(checks.includes('004 count 说 4 项，列出 4 项 ✓'));
    assert.ok(checks.includes('003 part 第 13 位 ≤ 共 183 个'));
  });
});
