import * as assert from 'assert';
import { defaultConfig, lint, outlineOf, parseReport, type ReportDocument } from '../../../server/src/core';

const prose = (doc: ReportDocument, line: number) => {
  const p = doc.paragraphs.find((q) => q.line === line - 1)!;
  return doc.text.slice(p.bodySpan.start, p.bodySpan.end);
};
const headingAt = (doc: ReportDocument, line: number) => doc.headings.find((h) => h.line === line - 1)!;

describe('numbered paragraphs and lead-in titles', () => {
  const report = [
    '一、工作回顾',
    '1.深入开展科技下乡。全年开展活动30场。',
    '2.全年组织开展部门协调会5场、业务培训会6场、宣传推介会4场，共计20余场次。',
    '3.加强组织建设',
    '（一）进一步下放权力。',
    '下放权力是改革的重要内容。',
    '（二）节约能源，节约原材料，降低消耗，降低生产成本；',
    '（三）改革产品结构，使产品升级换代，提高性能和质量，满足国内外市场的需要。',
    '二、下一步打算',
  ].join('\n');
  const doc = parseReport(report);

  it('a lead-in is the title and the rest of the line is prose', () => {
    const h = headingAt(doc, 2);
    assert.strictEqual(h.title, '深入开展科技下乡');
    assert.strictEqual(h.paragraph, false);
    assert.strictEqual(prose(doc, 2), '全年开展活动30场。');
  });

  it('a numbered sentence is a paragraph: all of it is prose, its marker still numbers it', () => {
    const h = headingAt(doc, 3);
    assert.strictEqual(h.paragraph, true);
    assert.strictEqual(h.marker.value, 2);
    assert.strictEqual(prose(doc, 3), '全年组织开展部门协调会5场、业务培训会6场、宣传推介会4场，共计20余场次。');
    assert.strictEqual(h.title, '全年组织开展部门协调会5场…', 'the outline shows the first clause, marked as cut');
  });

  it('a short line without a sentence end is a title', () => {
    const h = headingAt(doc, 4);
    assert.strictEqual(h.paragraph, false);
    assert.strictEqual(h.title, '加强组织建设');
    assert.strictEqual(prose(doc, 4), '');
  });

  it('a one-sentence item that leads body text is a title; items that follow each other are paragraphs', () => {
    assert.strictEqual(headingAt(doc, 5).paragraph, false);
    assert.strictEqual(headingAt(doc, 5).title, '进一步下放权力');
    assert.strictEqual(headingAt(doc, 7).paragraph, true);
    assert.strictEqual(headingAt(doc, 7).title, '节约能源…');
    assert.strictEqual(headingAt(doc, 8).paragraph, true, 'the last item, followed by the next section');
    assert.strictEqual(prose(doc, 8), '改革产品结构，使产品升级换代，提高性能和质量，满足国内外市场的需要。');
  });

  it('a first clause longer than a readable label is cut', () => {
    const d = parseReport(
      '一、甲\n1.全市科协系统全年共组织开展各类学术交流和科普宣传活动120场次，其中线上活动45场次，线下活动75场次。\n2.乙\n',
    );
    assert.strictEqual(d.headings[1].title, '全市科协系统全年共组织开展各类学术交流和…');
    assert.ok(d.headings[1].title.length <= 21);
  });

  it('a lead-in that reports figures is prose, not a title', () => {
    const d = parseReport('一、甲\n1.全年组织培训会5场、座谈会6场，共计12场。参会人员反响良好。\n');
    assert.strictEqual(d.headings[1].paragraph, true);
    assert.ok(prose(d, 2).startsWith('全年组织培训会5场'));
  });

  it('the outline never shows a whole paragraph', () => {
    const titles: string[] = [];
    const walk = (ns: ReturnType<typeof outlineOf>) => ns.forEach((n) => (titles.push(n.title), walk(n.children)));
    walk(outlineOf(doc));
    assert.deepStrictEqual(titles, [
      '工作回顾',
      '深入开展科技下乡',
      '全年组织开展部门协调会5场…',
      '加强组织建设',
      '进一步下放权力',
      '节约能源…',
      '改革产品结构…',
      '下一步打算',
    ]);
  });

  it('the markers of numbered paragraphs still count for numbering', () => {
    const text = '一、甲\n1.全年组织开展协调会5场、培训会6场，共计11场。\n3.全年走访企业20家、学校8所，共计28家单位。\n';
    const config = defaultConfig();
    for (const id of Object.keys(config.rules)) config.rules[id].severity = id === 'numbering-sequence' ? 'warn' : 'off';
    const { doc, findings } = lint(text, { config });
    assert.ok(doc.headings.slice(1).every((h) => h.paragraph));
    assert.deepStrictEqual(
      findings.map((f) => text.slice(f.span.start, f.span.end)),
      ['3.'],
    );
  });

  it('every marker kind makes a numbered paragraph the same way', () => {
    for (const [top, marker] of [
      ['', '一、'],
      ['一、甲\n', '（一）'],
      ['一、甲\n', '1.'],
      ['一、甲\n', '（1）'],
      ['一、甲\n', '①'],
    ]) {
      const d = parseReport(`${top}${marker}全年组织开展协调会5场、培训会6场，共计11场。\n`);
      const h = d.headings[d.headings.length - 1];
      assert.strictEqual(h.marker.text, marker);
      assert.strictEqual(h.paragraph, true, marker);
      assert.strictEqual(prose(d, top ? 2 : 1), '全年组织开展协调会5场、培训会6场，共计11场。');
    }
  });
});
