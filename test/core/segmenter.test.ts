import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DagSegmenter } from '../../server/src/core/segment/dag-segmenter';
import { WordDictionary } from '../../server/src/core/segment/dictionary';
import { fnv1a, FNV_OFFSET, FNV_PRIME } from '../../server/src/core/segment/prefix-table';
import { ShortWords } from '../../server/src/core/segment/short-words';
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

  it('ShortWords agrees with the dictionary’s hash table over the whole dictionary', function () {
    this.timeout(60000);
    const dict = loadJiebaDictionary();
    const logTotal = Math.log(dict.total);
    const unknown = -99;
    const short = new ShortWords(dict, logTotal, unknown);
    // Every character: its weight as a word of its own, as a lookup in the hash table gives it.
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      const e = dict.entryAt(ch, 0, 1, fnv1a(ch));
      const expected = e < 0 || dict.entryFrequency(e) === 0 ? unknown : dict.entryLogFrequency(e) - logTotal;
      if (!Object.is(short.singleWeight[code], expected)) assert.fail(`U+${code.toString(16)}: ${short.singleWeight[code]} != ${expected}`);
    }
    // Every word of two or more characters and each of its prefixes passes the filter.
    let entries = 0;
    for (let length = 2; length <= dict.maxLength; length++)
      dict.visitWordsOfLength(length, (chars, start) => {
        for (let len = 2; len <= length; len++, entries++)
          if (!short.mayHaveEntry(fnv1a(chars.slice(start, start + len)))) assert.fail(chars.slice(start, start + len));
      });
    assert.ok(entries > 500000);
    // And it rules out most windows of two characters that start no word (else it saves nothing).
    const text = fs.readFileSync(seedFiles()[0], 'utf8');
    let absent = 0;
    let passed = 0;
    for (let i = 0; i + 2 <= text.length; i++) {
      const pair = text.slice(i, i + 2);
      if (dict.entryAt(pair, 0, 2, fnv1a(pair)) >= 0) continue;
      absent++;
      if (short.mayHaveEntry(fnv1a(pair))) passed++;
    }
    assert.ok(absent > 1000 && passed < absent * 0.2, `${passed} of ${absent} absent pairs pass the filter`);
  });

  it('DagSegmenter cuts and scores exactly as the plain search over the hash table, on the seeds and reports', function () {
    this.timeout(60000);
    const dict = loadJiebaDictionary();
    const fast = new DagSegmenter(dict);
    const plain = plainSegmenter(dict);
    const files = [...seedFiles()];
    for (const dir of ['gov-work-reports', 'cpc-congress-reports'].map((d) => path.join(SHARED, 'corpus', d)))
      if (fs.existsSync(dir)) files.push(...fs.readdirSync(dir).map((f) => path.join(dir, f)));
    let chars = 0;
    for (const file of files) {
      for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        chars += line.length;
        const expected = plain(line);
        assert.deepStrictEqual(fast.cut(line), expected.words, line);
        assert.ok(Object.is(fast.score(line), expected.score), line);
      }
    }
    assert.ok(chars > 1_000_000);
  });
});

/**
 * The segmentation DagSegmenter must give, written plainly: every window probed in the dictionary's hash table, as
 * cppjieba's MPSegment does (separators cut runs; an unknown character weighs as the rarest word of up to 4).
 */
function plainSegmenter(dict: WordDictionary): (text: string) => { words: string[]; score: number } {
  const logTotal = Math.log(dict.total);
  const minWeight = Math.log(dict.minFrequency(Math.min(dict.maxLength, 4))) - logTotal;
  return (text) => {
    const words: string[] = [];
    let score = 0;
    for (const run of text.split(/([ \t\n\r，。])/)) {
      if (!run) continue;
      if (/^[ \t\n\r，。]$/.test(run)) {
        words.push(run);
        continue;
      }
      const n = run.length;
      const weight = new Float64Array(n + 1);
      const step = new Int32Array(n + 1);
      for (let i = n - 1; i >= 0; i--) {
        let best = -Infinity;
        let h = FNV_OFFSET;
        for (let len = 1; len <= dict.maxLength && i + len <= n; len++) {
          h = Math.imul(h ^ run.charCodeAt(i + len - 1), FNV_PRIME);
          const e = dict.entryAt(run, i, len, h >>> 0);
          if (e < 0 && len > 1) break;
          const logFreq = e < 0 ? -Infinity : dict.entryLogFrequency(e);
          if (logFreq === -Infinity && len > 1) continue;
          const w = (logFreq === -Infinity ? minWeight : logFreq - logTotal) + weight[i + len];
          if (w > best) [best, step[i]] = [w, len];
        }
        weight[i] = best;
      }
      score += weight[0];
      for (let i = 0; i < n; i += step[i]) words.push(run.slice(i, i + step[i]));
    }
    return { words, score };
  };
}
