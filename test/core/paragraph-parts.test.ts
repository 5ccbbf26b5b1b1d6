import * as assert from 'assert';
import {
  copyIntoRepeats,
  decodeParagraphs,
  documentOfParagraphs,
  encodeParagraphs,
  findRepeats,
  parseReport,
  splitParagraphs,
  type Finding,
} from '../../server/src/core';
import { seed } from '../helpers/seeds';

describe('paragraph parts', () => {
  it('rebuild every paragraph of a seed from its positions: kind, line, text, body, sentences', () => {
    const { text } = seed('000');
    const doc = parseReport(text);
    const rebuilt = decodeParagraphs(text, encodeParagraphs(doc.paragraphs));
    assert.deepStrictEqual(
      rebuilt,
      doc.paragraphs.map(({ heading: _heading, ...p }) => p),
    );
    const part = documentOfParagraphs(text, rebuilt.slice(3, 9));
    assert.strictEqual(part.paragraphs.length, 6);
    assert.deepStrictEqual(part.lines.positionAt(rebuilt[5].span.start), { line: rebuilt[5].line, character: 0 });
  });

  it('cut paragraphs into runs of about equal length that cover them all, in order', () => {
    const doc = parseReport(seed('001').text);
    const ranges = splitParagraphs(doc.paragraphs, 3);
    assert.strictEqual(ranges.length, 3);
    assert.strictEqual(ranges[0].from, 0);
    assert.strictEqual(ranges[2].to, doc.paragraphs.length);
    for (let i = 1; i < ranges.length; i++) assert.strictEqual(ranges[i].from, ranges[i - 1].to);
    const lengths = ranges.map((r) => doc.paragraphs.slice(r.from, r.to).reduce((n, p) => n + p.text.length + 1, 0));
    const longest = Math.max(...doc.paragraphs.map((p) => p.text.length + 1));
    for (const n of lengths) assert.ok(Math.abs(n - doc.text.length / 3) <= longest, `${lengths} for ${doc.text.length}`);
    assert.deepStrictEqual(splitParagraphs(doc.paragraphs.slice(0, 2), 5), [
      { from: 0, to: 1 },
      { from: 1, to: 2 },
    ]);
    assert.deepStrictEqual(splitParagraphs([], 2), []);
  });

  it('find a paragraph written again only where its surroundings agree too', () => {
    const text = '一、总体\n全年完成投资8亿元。\n二、其他\n\n全年完成投资8亿元。\n二、其他\n一、总体\n全年完成投资8亿元。\n二、其他\n';
    const doc = parseReport(text);
    const { originals, repeats } = findRepeats(text, doc.paragraphs);
    const lineOf = (p: { line: number }) => p.line;
    // Line 7 repeats line 1; line 4 follows a blank line, which a rule may read, so it is checked on its own.
    assert.deepStrictEqual(
      repeats.map((r) => [lineOf(r.paragraph), lineOf(r.original)]),
      [[7, 1]],
    );
    assert.strictEqual(originals.length + repeats.length, doc.paragraphs.length);
    assert.strictEqual(findRepeats(text, doc.paragraphs, ['完成\n全年']).repeats.length, 0);
  });

  it('tell apart originals of one text in different surroundings: a repeat goes with the one it agrees with', () => {
    const text =
      '一、总体\n全年完成投资8亿元。\n二、其他\n三、保障\n全年完成投资8亿元。\n四、落实\n三、保障\n全年完成投资8亿元。\n四、落实\n';
    const doc = parseReport(text);
    const { originals, repeats } = findRepeats(text, doc.paragraphs);
    assert.deepStrictEqual(
      repeats.map((r) => [r.paragraph.line, r.original.line]),
      [[7, 4]],
    );
    assert.deepStrictEqual(
      originals.map((p) => p.line),
      [0, 1, 2, 3, 4, 5, 6, 8],
    );
  });

  it('copy the findings of an original into its repeats, fixes, suggestions and related places moved along', () => {
    const text = '其他。\n加强部暑。\n其他。\n加强部暑。\n其他。\n';
    const doc = parseReport(text);
    const { repeats } = findRepeats(text, doc.paragraphs);
    assert.deepStrictEqual(
      repeats.map((r) => r.paragraph.line),
      [3],
    );
    const span = { start: 6, end: 8 };
    const finding: Finding = {
      ruleId: 'typo',
      severity: 'warn',
      message: 'm',
      span,
      fix: { title: 't', edits: [{ span, text: '部署' }] },
      suggestions: [{ title: 's', edits: [{ span, text: '布署' }] }],
      related: [
        { span: { start: 0, end: 1 }, message: 'r' },
        { span, message: 'other file', filePath: '/x.txt' },
      ],
    };
    const elsewhere: Finding = { ...finding, span: { start: 10, end: 11 }, fix: undefined, suggestions: undefined, related: undefined };
    const copies = copyIntoRepeats([finding, elsewhere], repeats);
    assert.strictEqual(copies.length, 1);
    const moved = { start: 16, end: 18 };
    assert.strictEqual(text.slice(moved.start, moved.end), '部暑');
    assert.deepStrictEqual(copies[0].span, moved);
    assert.deepStrictEqual(copies[0].fix!.edits[0].span, moved);
    assert.deepStrictEqual(copies[0].suggestions![0].edits[0].span, moved);
    assert.deepStrictEqual(copies[0].related![0].span, { start: 10, end: 11 });
    assert.deepStrictEqual(copies[0].related![1].span, span);
  });
});
