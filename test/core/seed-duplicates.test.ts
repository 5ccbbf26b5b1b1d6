import * as assert from 'assert';
import { defaultConfig, lint } from '../../server/src/core';
import { lineOf, seed, seedFiles } from '../helpers/seeds';
import { segmenter } from '../helpers/segmenter';
import * as fs from 'fs';
import * as path from 'path';

const DUPLICATE_RULES = new Set(['duplicate-paragraph', 'duplicate-sentence', 'repeated-char']);

function duplicateFindings(text: string) {
  const result = lint(text, { config: defaultConfig(), segmenter: segmenter() });
  return result.findings
    .filter((f) => DUPLICATE_RULES.has(f.ruleId))
    .map((f) => ({
      rule: f.ruleId,
      line: result.doc.lines.positionAt(f.span.start).line + 1,
      text: text.slice(f.span.start, f.span.end),
      related: f.related?.map((r) => result.doc.lines.positionAt(r.span.start).line + 1),
    }));
}

describe('duplicates on the seeds', () => {
  it('exactly the known duplicates across all five seeds', () => {
    const all: Record<string, unknown[]> = {};
    for (const file of seedFiles()) all[path.basename(file).slice(0, 3)] = duplicateFindings(fs.readFileSync(file, 'utf8'));
    const s2 = seed('002').text;
    const first = lineOf(s2, '疫情期间，科协系统各类科普传播平台上');
    const second = s2.split('\n').findIndex((l, i) => i + 1 > first && l.includes('疫情期间，科协系统各类科普传播平台上')) + 1;
    const secondLine = s2.split('\n')[second - 1];
    assert.deepStrictEqual(all, {
      '000': [{ rule: 'repeated-char', line: lineOf(seed('000').text, '保险机机'), text: '机机', related: undefined }],
      '001': [],
      '002': [
        {
          rule: 'duplicate-sentence',
          line: second,
          text: secondLine.slice(secondLine.indexOf('疫情期间'), secondLine.indexOf('以及其它物资。') + 7),
          related: [first],
        },
      ],
      '003': [],
      '004': [{ rule: 'repeated-char', line: 28, text: '式式', related: undefined }],
    });
  });
});
