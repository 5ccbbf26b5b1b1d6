import * as assert from 'assert';
import { isWhiteSpaceCode } from '../../server/src/core/text/chars';

describe('chars', () => {
  it('isWhiteSpaceCode answers as \\s does, for every UTF-16 code', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (isWhiteSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    }
    assert.deepStrictEqual(differ, []);
  });
});
