import * as assert from 'assert';
import { parseReport } from '../../server/src/core';
import { itemHolding } from '../../server/src/core/text/in-order';

describe('itemHolding', () => {
  it('finds the paragraph whose line holds an offset, its last character and line end included', () => {
    const doc = parseReport('一、总体情况\n全年组织培训6场。\n\n二、主要做法\n加强队伍建设。\n');
    const range = (p: (typeof doc.paragraphs)[number]) => ({ first: p.span.start, last: p.span.end });
    for (const p of doc.paragraphs) {
      assert.strictEqual(itemHolding(doc.paragraphs, p.span.start, range), p);
      assert.strictEqual(itemHolding(doc.paragraphs, p.span.end, range), p);
    }
    const blank = doc.text.indexOf('\n\n') + 1;
    assert.strictEqual(itemHolding(doc.paragraphs, blank, range), undefined, 'between paragraphs');
    assert.strictEqual(itemHolding([], 3, range), undefined);
  });
});
