import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { extractDocx } from '../../server/src/node/formats/docx';
import { formatListNumber } from '../../server/src/node/formats/number-formats';
import { ROOT } from '../helpers/seeds';
import { buildDocx, run } from '../../scripts/docx-fixtures/ooxml-writer';

export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'docx');
const read = (rel: string) => fs.readFileSync(path.join(FIXTURES, rel));
const typed = (rel: string) => fs.readFileSync(path.join(FIXTURES, rel), 'utf8').replace(/\n$/, '');
const textOf = (bytes: Uint8Array) => extractDocx(bytes, 'test.docx').text;

describe('Word list number formats', () => {
  it('chineseCounting counts to 99 as written (十, 十一, 二十), then digit by digit as Word does', () => {
    assert.deepStrictEqual(
      [1, 9, 10, 11, 20, 21, 99, 100, 105].map((n) => formatListNumber(n, 'chineseCounting')),
      ['一', '九', '十', '十一', '二十', '二十一', '九十九', '一〇〇', '一〇五'],
    );
  });
  it('chineseCountingThousand counts with 百 and 千 and 零', () => {
    assert.deepStrictEqual(
      [10, 15, 100, 101, 110, 1000, 1001].map((n) => formatListNumber(n, 'chineseCountingThousand')),
      ['十', '十五', '一百', '一百零一', '一百一十', '一千', '一千零一'],
    );
  });
  it('ideographTraditional is the heavenly stems, decimalEnclosedCircle ① to ㊿, decimal plain', () => {
    assert.deepStrictEqual(
      [1, 2, 10, 11].map((n) => formatListNumber(n, 'ideographTraditional')),
      ['甲', '乙', '癸', '甲'],
    );
    assert.deepStrictEqual(
      [1, 20, 21, 36, 50, 51].map((n) => formatListNumber(n, 'decimalEnclosedCircle')),
      ['①', '⑳', '㉑', '㊱', '㊿', '51'],
    );
    assert.strictEqual(formatListNumber(12, 'decimal'), '12');
  });
});

describe('extracting a .docx: the text Word shows', () => {
  for (const name of ['numbering-levels', 'numbering-restarts', 'numbering-styles', 'tables-and-changes']) {
    it(`hand-written ${name}.docx reads as the report typed out`, () => {
      assert.strictEqual(textOf(read(`hand/${name}.docx`)), typed(`hand/${name}.txt`));
    });
  }

  for (const name of ['numbering-levels', 'numbering-restarts', 'numbering-styles']) {
    it(`${name}.docx saved by LibreOffice reads as LibreOffice shows it`, () => {
      assert.strictEqual(textOf(read(`libreoffice/${name}.docx`)), typed(`libreoffice/${name}.txt`));
    });
  }

  it('maps each line to its paragraph: a merged paragraph counts once, a soft break stays in its paragraph, a cell under its paragraph', () => {
    const { text, lineParagraph } = extractDocx(read('hand/tables-and-changes.docx'), 'x.docx');
    const lines = text.split('\n');
    const paragraphOf = (needle: string) => lineParagraph[lines.findIndex((l) => l.includes(needle))];
    assert.strictEqual(paragraphOf('其中，新建项目12个，续建'), 3);
    assert.strictEqual(paragraphOf('第一行'), 7);
    assert.strictEqual(paragraphOf('第二行'), 7);
    assert.strictEqual(paragraphOf('\t新建'), 11);
    assert.strictEqual(paragraphOf('二、下步打算'), 15);
  });

  it('a paragraph style without its own numbering takes its parent style’s; numId 0 switches it off', () => {
    const text = textOf(
      buildDocx({
        abstracts: [{ id: 1, levels: [{ ilvl: 0, numFmt: 'chineseCounting', lvlText: '%1、', suff: 'nothing' }] }],
        nums: [{ numId: 1, abstractNumId: 1 }],
        styles: [
          { id: 'H1', name: 'heading 1', numId: 1, ilvl: 0 },
          { id: 'Mine', name: '我的标题', basedOn: 'H1' },
        ],
        body: [
          { text: '甲', style: 'H1' },
          { text: '乙', style: 'Mine' },
          { text: '丙', style: 'H1', numId: 0 },
          { text: '丁', style: 'Mine' },
        ],
      }),
    );
    assert.strictEqual(text, '一、甲\n二、乙\n丙\n三、丁');
  });

  it('a level restarts after a higher level unless w:lvlRestart says otherwise', () => {
    const levels = [
      { ilvl: 0, numFmt: 'chineseCounting', lvlText: '%1、', suff: 'nothing' as const },
      { ilvl: 1, numFmt: 'decimal', lvlText: '%2.', suff: 'nothing' as const },
      { ilvl: 2, numFmt: 'decimal', lvlText: '（%3）', suff: 'nothing' as const, restart: 1 },
    ];
    const body = [
      { text: 'a', numId: 1, ilvl: 0 },
      { text: 'b', numId: 1, ilvl: 1 },
      { text: 'c', numId: 1, ilvl: 2 },
      { text: 'd', numId: 1, ilvl: 1 },
      { text: 'e', numId: 1, ilvl: 2 },
      { text: 'f', numId: 1, ilvl: 0 },
      { text: 'g', numId: 1, ilvl: 1 },
      { text: 'h', numId: 1, ilvl: 2 },
    ];
    // Level 3 restarts only after level 1: under 2. it goes on (（2）), under 二、 it starts again.
    const text = textOf(buildDocx({ abstracts: [{ id: 1, levels }], nums: [{ numId: 1, abstractNumId: 1 }], body }));
    assert.strictEqual(text, '一、a\n1.b\n（1）c\n2.d\n（2）e\n二、f\n1.g\n（1）h');
  });

  it('a multi-level label (%1.%2) and a tab after the label, Word’s default', () => {
    const levels = [
      { ilvl: 0, numFmt: 'decimal', lvlText: '%1.' },
      { ilvl: 1, numFmt: 'decimal', lvlText: '%1.%2' },
    ];
    const body = [
      { text: '总则', numId: 1, ilvl: 0 },
      { text: '目的', numId: 1, ilvl: 1 },
      { text: '范围', numId: 1, ilvl: 1 },
    ];
    const text = textOf(buildDocx({ abstracts: [{ id: 1, levels }], nums: [{ numId: 1, abstractNumId: 1 }], body }));
    assert.strictEqual(text, '1.\t总则\n1.1\t目的\n1.2\t范围');
  });

  it('field results are shown and field codes are not; deleted text is gone and inserted text is in', () => {
    const text = textOf(
      buildDocx({
        body: [
          {
            runs:
              run('共') +
              '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>12</w:t></w:r></w:fldSimple>' +
              run('页') +
              '<w:del w:id="1" w:author="a"><w:r><w:delText>，删去</w:delText></w:r></w:del>' +
              '<w:ins w:id="2" w:author="a"><w:r><w:t>。</w:t></w:r></w:ins>',
          },
        ],
      }),
    );
    assert.strictEqual(text, '共12页。');
  });
});
