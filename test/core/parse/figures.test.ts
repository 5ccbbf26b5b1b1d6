import * as assert from 'assert';
import { extractFigures } from '../../../server/src/core/parse/figures';

const figures = (text: string) => extractFigures(text, { start: 0, end: text.length }).map((f) => [f.raw, f.value, f.unit]);

describe('extractFigures', () => {
  it('reads counters, 万/亿 and approximations', () => {
    assert.deepStrictEqual(figures('培训会5场、1.2亿元、20余场次'), [
      ['5场', 5, '场'],
      ['1.2亿元', 120000000, '元'],
      ['20余场次', 20, '场'],
    ]);
  });

  it('reads a bare magnitude whose unit is left out after 万/亿', () => {
    assert.deepStrictEqual(figures('由1.6万增加到2万，余额3亿'), [
      ['1.6万', 16000, ''],
      ['2万', 20000, ''],
      ['3亿', 300000000, ''],
    ]);
  });

  it('a number without a unit and without 万/亿 is no figure; nor are 千万 and 一万 as words', () => {
    assert.deepStrictEqual(figures('2020年，第3，千万不能松懈，一万年太久'), []);
  });
});
