import * as assert from 'assert';
import { withoutWikisourceFooter } from '../../bench/audit-sources';
import { contextOf, Triage } from '../../bench/audit-triage';
import type { Finding } from '../../server/src/core';

const finding = (ruleId: string, message: string): Finding => ({ ruleId, message, severity: 'warn', span: { start: 0, end: 1 } });

describe('audit harness', () => {
  it('cuts the Wikisource licence notice, footnotes and flags off a report', () => {
    const report = '各位代表：\n\n现在，我代表国务院作报告。\n\n';
    assert.strictEqual(withoutWikisourceFooter(report + '本作品是中华人民共和国的\n法律\n\nPublic domain\n'), report);
    assert.strictEqual(withoutWikisourceFooter(report + '↑\n\n原文無貨幣單位。\n'), report);
    assert.strictEqual(withoutWikisourceFooter(report), report);
  });

  it('shows a finding in its context on one line', () => {
    assert.strictEqual(contextOf('甲乙\n丙丁戊', { start: 3, end: 4 }, 2), '乙⏎【丙】丁戊');
  });

  it('gives recorded verdicts by rule, document and context, and the automatic ones by message and source', () => {
    const triage = new Triage([
      { rule: 'dash', document: 'a.txt', context: '对【2006－】2020年', verdict: 'source-error', evidence: 'a hyphen for a range' },
    ]);
    assert.strictEqual(triage.verdictOf(finding('dash', 'x'), 'a.txt', '对【2006－】2020年').verdict, 'source-error');
    assert.strictEqual(triage.verdictOf(finding('dash', 'x'), 'b.txt', '对【2006－】2020年').verdict, 'untriaged');
    assert.strictEqual(triage.verdictOf(finding('sentence-end', '段落似被断行：…'), 'a.txt', '…').verdict, 'broken-line');
    const start = finding('numbering-sequence', '编号「三、」应为「一、」：同级编号应从 1 起。');
    assert.strictEqual(triage.verdictOf(start, 's#1', '【三、】…', true).verdict, 'excerpt');
    assert.strictEqual(triage.verdictOf(start, 'r.txt', '【三、】…', false).verdict, 'untriaged');
    assert.deepStrictEqual(triage.stale(), []);
  });
});
