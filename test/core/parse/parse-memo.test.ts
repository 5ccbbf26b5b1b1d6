import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseReport, ParseMemo, type ReportDocument } from '../../../server/src/core';
import type { BodyParts } from '../../../server/src/core/parse/parse-memo';
import { applyEdit, randomEdit } from '../../helpers/random-edits';
import { seededRandom } from '../../helpers/random';
import { seed, SHARED } from '../../helpers/seeds';

// The editor parses a document again after every edit with a memo of the last parse: the result must equal
// a fresh parse, and only the paragraphs the edit changed may be read again.

/** Everything a parse yields but the line index's functions. */
const model = (doc: ReportDocument) => {
  const { lines, ...rest } = doc;
  return { ...rest, lineStarts: lines.lineStarts };
};

/** A memo that counts the paragraph bodies it had to read. */
class CountingMemo extends ParseMemo {
  read = 0;
  override body(text: string, read: (text: string) => BodyParts): BodyParts {
    return super.body(text, (t) => (this.read++, read(t)));
  }
}

function corpusReport(): string {
  const dir = path.join(SHARED, 'corpus', 'cpc-congress-reports');
  return fs.readFileSync(path.join(dir, fs.readdirSync(dir).sort().at(-1)!), 'utf8').slice(0, 40000);
}

describe('parse memo: a parse after an edit equals a fresh parse', () => {
  const cases = [
    { name: 'seed 000', text: () => seed('000').text, seed: 1 },
    { name: 'seed 001 (numbered items and a table)', text: () => seed('001').text, seed: 2 },
    { name: 'seed 003', text: () => seed('003').text, seed: 3 },
    { name: 'the 20th congress report', text: corpusReport, seed: 4 },
  ];
  for (const c of cases) {
    it(`${c.name}, 150 random edits`, () => {
      const rand = seededRandom(c.seed);
      const memo = new ParseMemo();
      let text = c.text();
      for (let i = 0; i <= 150; i++) {
        if (i) text = applyEdit(text, randomEdit(text, rand));
        assert.deepStrictEqual(model(parseReport(text, memo)), model(parseReport(text)), `after edit ${i}`);
      }
    });
  }

  it('reads again only the paragraph an edit changed, wherever the others moved to', () => {
    const memo = new CountingMemo();
    const text = seed('000').text;
    const paragraphs = parseReport(text, memo).paragraphs.filter((p) => p.kind === 'body').length;
    assert.ok(memo.read >= paragraphs * 0.9, `first parse reads every body (${memo.read} of ${paragraphs})`);
    memo.read = 0;
    const at = text.indexOf('。', text.length >> 1);
    const edited = text.slice(0, at) + '并且' + text.slice(at);
    const doc = parseReport(edited, memo);
    assert.strictEqual(memo.read, 1);
    assert.ok(doc.paragraphs.some((p) => p.text.includes('并且。')));
    memo.read = 0;
    const lineStart = edited.lastIndexOf('\n', at) + 1;
    parseReport(edited.slice(0, lineStart) + '新插入的一段，位于中间。\n' + edited.slice(lineStart), memo);
    assert.strictEqual(memo.read, 1, 'a new paragraph moves those after it but changes none of them');
  });

  it('forgets what the last parse did not use', () => {
    const memo = new CountingMemo();
    parseReport(seed('000').text, memo);
    parseReport(seed('003').text, memo);
    memo.read = 0;
    parseReport(seed('000').text, memo);
    assert.ok(memo.read > 10, `seed 000's paragraphs were read again (${memo.read})`);
  });
});
