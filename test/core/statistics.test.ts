import * as assert from 'assert';
import { parseReport, reportStatistics, type Heading } from '../../server/src/core';
import { seed, seedFiles } from '../helpers/seeds';
import * as fs from 'fs';

// 字数 per section is summed from per-line counts: it must equal counting the section's own text.
describe('report statistics', () => {
  it('counts 字数 the way Word does: Han characters and full-width marks one each, a Latin or digit run one', () => {
    const stats = reportStatistics(parseReport('一、甲乙\n正文ABC共123字。\n二、丙\n正文。\n'));
    assert.strictEqual(stats.characters, 17);
    assert.strictEqual(stats.hanCharacters, 11);
    assert.deepStrictEqual(
      stats.sections.map((s) => s.characters),
      [11, 6],
    );
  });

  it('each section of every seed counts as much as its text counted alone', () => {
    for (const file of seedFiles()) {
      const doc = parseReport(fs.readFileSync(file, 'utf8'));
      const stats = reportStatistics(doc);
      const alone = (h: Heading) => reportStatistics(parseReport(doc.text.slice(h.span.start, h.sectionEnd))).characters;
      const walk = (hs: Heading[], ss: typeof stats.sections) =>
        hs.forEach((h, i) => {
          assert.strictEqual(ss[i].characters, alone(h), `${file}: ${h.marker.text}${h.title}`);
          walk(h.children, ss[i].children);
        });
      walk(doc.outline, stats.sections);
      assert.strictEqual(stats.characters, reportStatistics(parseReport(doc.text + '\n')).characters);
    }
    assert.ok(reportStatistics(parseReport(seed('001').text)).sections.length > 0);
  });
});
