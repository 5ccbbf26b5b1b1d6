import * as assert from 'assert';
import { parseReport } from '../../../server/src/core';
import { seed } from '../../helpers/seeds';

const titles = (hs: { title: string }[]) => hs.map((h) => h.title);

describe('parseReport', () => {
  it('seed 001: six top sections holding items 1–26, and the closing table’s four groups of ten', () => {
    const doc = parseReport(seed('001').text);
    const [plan, table] = doc.outline;
    assert.strictEqual(plan.title, '重庆市科学技术协会2020年工作要点');
    assert.deepStrictEqual(
      plan.children.map((h) => h.marker.text),
      ['一、', '二、', '三、', '四、', '五、', '六、'],
    );
    const items = plan.children.flatMap((s) => s.children.map((c) => c.marker.value));
    assert.deepStrictEqual(
      items,
      Array.from({ length: 26 }, (_, i) => i + 1),
    );
    assert.strictEqual(table.title, '2020年重庆科协工作项目化推进清单');
    assert.deepStrictEqual(titles(table.children), [
      '学会学术10个重大活动',
      '科学普及10个重要事项',
      '阵地建设10个重头项目',
      '提升科协组织力10个重点举措',
    ]);
    for (const group of table.children)
      assert.deepStrictEqual(
        group.children.map((c) => c.marker.value),
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      );
    assert.strictEqual(table.children[0].children[0].title, '2020数字经济百人会（智博会）');
  });

  it('a heading that runs on into its paragraph has the title up to its first 。', () => {
    const doc = parseReport(seed('001').text);
    const first = doc.headings.find((h) => h.marker.text === '1.')!;
    assert.strictEqual(first.title, '强化政治引领');
    assert.strictEqual(doc.text.slice(first.titleSpan.start, first.titleSpan.end), '强化政治引领');
    const para = doc.paragraphs.find((p) => p.heading === first)!;
    assert.ok(doc.text.slice(para.bodySpan.start).startsWith('牢记科协姓党'));
  });

  it('seed 004: title, salutation, two parts each numbered from 一、', () => {
    const doc = parseReport(seed('004').text);
    assert.strictEqual(doc.title?.text, '奋力建功新时代  打造特色新品牌');
    assert.strictEqual(doc.salutation?.text, '各位委员、同志们：');
    assert.deepStrictEqual(titles(doc.outline), ['2018年工作回顾', '2019年主要工作安排']);
    assert.deepStrictEqual(
      doc.outline.map((p) => p.children.length),
      [4, 4],
    );
  });

  it('seed 000: title over two lines, enumerations 第一… and 一是… within and across paragraphs', () => {
    const doc = parseReport(seed('000').text);
    assert.strictEqual(doc.title?.text, '关于2020年度工作总结和2021年工作计划的报告');
    assert.strictEqual(doc.salutation?.text, '各位理事、监事：');
    const di = doc.enumerations.filter((e) => e.kind === 'di').map((e) => e.text);
    assert.deepStrictEqual(di, ['第一', '第二', '第三', '第四', '第一', '第二', '第三', '第四']);
    const paragraphs = new Set(doc.enumerations.filter((e) => e.kind === 'di').map((e) => e.paragraphIndex));
    assert.ok(paragraphs.size >= 4, 'di items sit in separate paragraphs');
    assert.ok(doc.enumerations.some((e) => e.kind === 'shi' && e.value === 4));
  });

  it('seed 002: Markdown bold lead-ins of list items are headings under their section words', () => {
    const doc = parseReport(seed('002').text);
    assert.deepStrictEqual(titles(doc.outline), ['思想', '资源', '创新', '科普', '建设']);
    assert.strictEqual(doc.outline[0].children[0].title, '在学习贯彻新思想中不断凝聚共识');
    assert.strictEqual(doc.outline[0].children[0].marker.kind, 'bold');
  });

  it('Markdown # headings, 第一部分 and ① nest by level', () => {
    const doc = parseReport('# 总结\n## 成绩\n第一部分 工作\n一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n');
    assert.strictEqual(doc.outline.length, 1);
    let h = doc.outline[0];
    const chain = [h.title];
    while (h.children.length) {
      h = h.children[0];
      chain.push(h.title);
    }
    assert.deepStrictEqual(chain, ['总结', '成绩', '工作', '甲', '乙', '丙', '丁', '戊']);
  });

  it('sentences have exact spans', () => {
    const text = '一、甲\n我们做了工作。成效明显！下一步？继续努力';
    const doc = parseReport(text);
    const body = doc.paragraphs.find((p) => p.kind === 'body')!;
    assert.deepStrictEqual(
      body.sentences.map((s) => s.text),
      ['我们做了工作。', '成效明显！', '下一步？', '继续努力'],
    );
    for (const s of body.sentences) assert.strictEqual(text.slice(s.span.start, s.span.end), s.text);
  });

  it('CRLF line breaks give the same structure', () => {
    const lf = seed('004').text;
    const crlf = lf.replace(/\n/g, '\r\n');
    assert.deepStrictEqual(titles(parseReport(crlf).headings), titles(parseReport(lf).headings));
  });

  it('never throws on odd input', () => {
    for (const t of ['', '\n\n\n', '\t', '（', '一、', '1.', '# ', '**', '\u0000\ufffd', '第一部分']) parseReport(t);
  });
});
