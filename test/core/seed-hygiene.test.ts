import * as assert from 'assert';
import { defaultConfig, lint, type Finding } from '../../server/src/core';
import { lineOf, seed } from '../helpers/seeds';
import { segmenter } from '../helpers/segmenter';

function findings(prefix: string, ruleId: string) {
  const { text } = seed(prefix);
  // With the segmenter, as the CLI and the editor lint: dash judges 一一 by word boundaries.
  const result = lint(text, { config: defaultConfig(), segmenter: segmenter() });
  return {
    text,
    list: result.findings
      .filter((f) => f.ruleId === ruleId)
      .map((f: Finding) => ({
        line: result.doc.lines.positionAt(f.span.start).line + 1,
        text: text.slice(f.span.start, f.span.end),
        fix: f.fix,
        f,
      })),
  };
}

describe('drafting hygiene on the seeds', () => {
  it('punctuation-width: seed 003 uses half-width commas throughout; seed 004 line 20 has one', () => {
    const s3 = findings('003', 'punctuation-width');
    assert.ok(s3.list.filter((f) => f.text === ',').length >= 50);
    const s4 = findings('004', 'punctuation-width');
    const one = s4.list.find((f) => f.line === lineOf(s4.text, '专利信息,促进'));
    assert.ok(one && one.text === ',' && one.fix?.edits[0].text === '，');
  });

  it('unpaired-mark: seed 002’s “提升基层科协组织力”3+1”', () => {
    const { text, list } = findings('002', 'unpaired-mark');
    assert.deepStrictEqual(
      list.map((f) => [f.line, f.text]),
      [[lineOf(text, '组织力”3+1”'), '”']],
    );
  });

  it('dash: seed 000 line 14 一一 and seed 004 line 22 －－, with fixes; 2016-2020年 in seed 003', () => {
    const s0 = findings('000', 'dash');
    assert.deepStrictEqual(
      s0.list.map((f) => [f.line, f.text, f.fix?.edits[0].text]),
      [[14, '一一', '——']],
    );
    const s4 = findings('004', 'dash');
    assert.deepStrictEqual(
      s4.list.map((f) => [f.line, f.text, f.fix?.edits[0].text]),
      [[22, '－－', '——']],
    );
    const s3 = findings('003', 'dash');
    assert.deepStrictEqual(
      s3.list.map((f) => f.text),
      ['2016-'],
    );
  });

  it('placeholder: seed 004 line 9 “2019年元月  日” and seed 000 line 4 [bookmark: _GoBack], as errors', () => {
    const s4 = findings('004', 'placeholder');
    assert.deepStrictEqual(
      s4.list.map((f) => [f.line, f.text, f.f.severity]),
      [[9, '2019年元月  日', 'error']],
    );
    const s0 = findings('000', 'placeholder');
    assert.deepStrictEqual(
      s0.list.map((f) => [f.line, f.text]),
      [[4, '[bookmark: _GoBack]']],
    );
  });

  it('usage: 截止 in seeds 000 and 003, 18年5月 in seed 004, 8074多 in seed 000', () => {
    const s0 = findings('000', 'usage');
    assert.deepStrictEqual(
      s0.list.map((f) => [f.line, f.text]),
      [
        [9, '截止'],
        [9, '8074多'],
      ],
    );
    const s3 = findings('003', 'usage');
    assert.deepStrictEqual(
      s3.list.map((f) => f.text),
      ['截止', '截止', '截止'],
    );
    const s4 = findings('004', 'usage');
    assert.deepStrictEqual(
      s4.list.map((f) => [f.line, f.text, f.fix?.edits[0].text]),
      [[18, '18年', '2018年']],
    );
  });

  it('sentence-end: many in seed 003; none on headings, titles, dates or table cells of seeds 001 and 004', () => {
    assert.ok(findings('003', 'sentence-end').list.length >= 5);
    assert.deepStrictEqual(findings('001', 'sentence-end').list, []);
    assert.deepStrictEqual(findings('004', 'sentence-end').list, []);
  });
});
