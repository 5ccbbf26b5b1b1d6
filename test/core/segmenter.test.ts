import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DagSegmenter } from '../../server/src/core/segment/dag-segmenter';
import { WordDictionary } from '../../server/src/core/segment/dictionary';
import { createNativeSegmenter, loadJiebaDictionary } from '../../server/src/node/jieba-segmenter';
import { seedFiles, SHARED } from '../helpers/seeds';
import { segmenter } from '../helpers/segmenter';

describe('segmentation', () => {
  it('WordDictionary: words, prefixes, frequencies, tags, user words at the median frequency', () => {
    const d = new WordDictionary('部署 3333 n\n人才 8742 n\n中华人民共和国 100 ns\n', ['云计算']);
    assert.strictEqual(d.frequency('部署'), 3333);
    assert.strictEqual(d.frequency('中华'), 0, 'a prefix is not a word');
    assert.strictEqual(d.has('中华人民共和国'), true);
    assert.strictEqual(d.tagOf('中华人民共和国'), 'ns');
    assert.strictEqual(d.frequency('云计算'), 3333);
    assert.deepStrictEqual([...d.wordsOfLength(2)].map(([w]) => w).sort(), ['人才', '部署']);
    assert.deepStrictEqual([...d.wordsOfLength(2, 5000)], [['人才', 8742]], 'only words at least that frequent');
    assert.deepStrictEqual([...d.wordsOfLength(2, 3333)].map(([w]) => w).sort(), ['人才', '部署']);
    // In the order the dictionary lists them, whatever words of other lengths come between.
    const listed = new WordDictionary('部署 3 n\n中华人民共和国 1 ns\n人才 8 n\n的 9 uj\n安装 2 v\n');
    assert.deepStrictEqual(listed.wordsOfLength(2), [
      ['部署', 3],
      ['人才', 8],
      ['安装', 2],
    ]);
    assert.deepStrictEqual(listed.wordsOfLength(7), [['中华人民共和国', 1]]);
    assert.deepStrictEqual(listed.wordsOfLength(5), []);
    // jieba's own: the same words, in the same order, as filtering every word of the length.
    const jieba = loadJiebaDictionary();
    const filtered = [...jieba.wordsOfLength(3)].filter(([, f]) => f >= 100);
    assert.deepStrictEqual([...jieba.wordsOfLength(3, 100)], filtered);
  });

  it('WordDictionary.minFrequency: the rarest word up to a length, prefixes left out, read from the tables', () => {
    const d = new WordDictionary('部署 3333 n\n人才 8742 n\n中华人民共和国 7 ns\n的 90000 uj\n');
    assert.strictEqual(d.minFrequency(4), 3333, '中华 is only a prefix; 中华人民共和国 is longer than 4');
    assert.strictEqual(d.minFrequency(7), 7);
    assert.strictEqual(d.minFrequency(1), 90000);
    assert.strictEqual(new WordDictionary('').minFrequency(4), Infinity);
    // jieba's own: the same as the minimum over every word of length 1 to 4 listed one by one.
    const jieba = loadJiebaDictionary();
    let listed = Infinity;
    for (let length = 1; length <= 4; length++) for (const [, f] of jieba.wordsOfLength(length)) listed = Math.min(listed, f);
    assert.strictEqual(jieba.minFrequency(4), listed);
  });

  it('DagSegmenter keeps unknown text as single characters (HMM off)', () => {
    assert.deepStrictEqual(segmenter().cut('按照理事会的工作部暑要求'), ['按照', '理事会', '的', '工作部', '暑', '要求']);
    assert.deepStrictEqual(segmenter().cut('保险机机，形式'), ['保险', '机', '机', '，', '形式']);
  });

  it('cuts exactly as nodejieba’s native cut(text, false) on the seeds and published reports', function () {
    this.timeout(60000);
    const dict = loadJiebaDictionary({ modern: false });
    const js = new DagSegmenter(dict);
    const native = createNativeSegmenter(dict);
    const files = [...seedFiles()];
    const reports = path.join(SHARED, 'corpus', 'gov-work-reports');
    if (fs.existsSync(reports)) files.push(...['2010.txt', '2014.txt'].map((f) => path.join(reports, f)));
    let lines = 0;
    for (const file of files) {
      for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        lines++;
        assert.deepStrictEqual(js.cut(line), native.cut(line), line);
      }
    }
    assert.ok(lines > 500);
  });
});
