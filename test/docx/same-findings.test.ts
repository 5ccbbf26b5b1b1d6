import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultConfig, lint } from '../../server/src/core';
import { extractDocx } from '../../server/src/node/formats/docx';
import { seedFiles } from '../helpers/seeds';
import { segmenter } from '../helpers/segmenter';
import { FIXTURES } from './extract.test';

/** Every finding as rule, line and the text it points at: what a reader of the report would compare. */
function findingsOf(text: string): string[] {
  const result = lint(text, { config: defaultConfig(), segmenter: segmenter() });
  return result.findings.map((f) => {
    const line = result.doc.lines.positionAt(f.span.start).line + 1;
    return `${f.ruleId} ${line} ${text.slice(f.span.start, f.span.end)} ${f.message}`;
  });
}

const docxText = (file: string) => extractDocx(fs.readFileSync(file), file).text;
const txt = (file: string) => fs.readFileSync(file, 'utf8');

describe('a .docx gives the findings its text gives', function () {
  this.timeout(60000);

  const numbered: [string, string][] = [];
  for (const dir of ['hand', 'libreoffice']) {
    for (const name of ['numbering-levels', 'numbering-restarts', 'numbering-styles']) numbered.push([dir, name]);
  }
  numbered.push(['hand', 'tables-and-changes']);

  for (const [dir, name] of numbered) {
    it(`${dir}/${name}: automatic numbering checked as if typed`, () => {
      const fromDocx = findingsOf(docxText(path.join(FIXTURES, dir, `${name}.docx`)));
      const fromText = findingsOf(txt(path.join(FIXTURES, dir, `${name}.txt`)));
      assert.deepStrictEqual(fromDocx, fromText);
    });
  }

  it('the numbering rules do see the automatic numbers: a restart, a jump and a gap are reported', () => {
    const restarts = findingsOf(docxText(path.join(FIXTURES, 'hand', 'numbering-restarts.docx'))).filter((f) => f.startsWith('numbering-'));
    assert.ok(
      restarts.some((f) => / 9 一、/.test(f)),
      `the restart at 一、 on line 9: ${restarts.join('\n')}`,
    );
    assert.ok(
      restarts.some((f) => / 11 九、/.test(f)),
      `the jump to 九、 on line 11: ${restarts.join('\n')}`,
    );
    const levels = findingsOf(docxText(path.join(FIXTURES, 'hand', 'numbering-levels.docx'))).filter((f) =>
      f.startsWith('numbering-sequence'),
    );
    assert.ok(
      levels.some((f) => / 20 四、/.test(f)),
      `the typed 四、 after the automatic 二、: ${levels.join('\n')}`,
    );
  });

  for (const seed of seedFiles()) {
    const name = path.basename(seed, '.txt');
    it(`seed ${name.slice(0, 3)} converted to .docx by LibreOffice: same findings by rule, line and text`, () => {
      const docx = path.join(FIXTURES, 'seeds', `${name}.docx`);
      const fromDocx = findingsOf(docxText(docx));
      const fromText = findingsOf(txt(seed));
      assert.ok(fromText.length > 0);
      assert.deepStrictEqual(fromDocx, fromText);
    });
  }
});
