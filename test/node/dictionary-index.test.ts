import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DagSegmenter } from '../../server/src/core/segment/dag-segmenter';
import { WordDictionary } from '../../server/src/core/segment/dictionary';
import { readDictionaryIndex, writeDictionaryIndex } from '../../server/src/node/dictionary-index';
import { jiebaDictionaryStamp, loadJiebaDictionary } from '../../server/src/node/jieba-segmenter';
import { tempDir } from '../helpers/cli';
import { ROOT, seed } from '../helpers/seeds';

describe('the built dictionary index', () => {
  it('reads back the very dictionary it was written from: every word, frequency and tag, and the same cut', () => {
    const built = loadJiebaDictionary({ index: '' });
    const file = path.join(tempDir(), 'dict.idx');
    writeDictionaryIndex(file, built, 'stamp-a');
    const read = readDictionaryIndex(file, 'stamp-a');
    assert.ok(read);
    assert.deepStrictEqual([read.size, read.total, read.maxLength], [built.size, built.total, built.maxLength]);
    for (let length = 1; length <= 6; length++) {
      const words = [...built.wordsOfLength(length)];
      assert.deepStrictEqual([...read.wordsOfLength(length)], words, `words of length ${length}`);
      for (const [w] of words.filter((_, i) => i % 97 === 0)) assert.strictEqual(read.tagOf(w), built.tagOf(w), w);
    }
    const text = seed('000').text;
    assert.deepStrictEqual(new DagSegmenter(read).cut(text), new DagSegmenter(built).cut(text));
  });

  it('is refused when built from other sources, cut short, or absent; the loader then builds from the sources', () => {
    const dir = tempDir();
    const file = path.join(dir, 'dict.idx');
    const tiny = new WordDictionary('部署 3 n\n人才 8 n\n');
    writeDictionaryIndex(file, tiny, 'stamp-a');
    assert.ok(readDictionaryIndex(file, 'stamp-a'));
    assert.strictEqual(readDictionaryIndex(file, 'stamp-b'), undefined);
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, -2));
    assert.strictEqual(readDictionaryIndex(file, 'stamp-a'), undefined);
    assert.strictEqual(readDictionaryIndex(path.join(dir, 'none.idx'), 'stamp-a'), undefined);
    // An index of other sources where the loader looks: it is not used.
    writeDictionaryIndex(file, tiny, 'stamp-a');
    assert.ok(loadJiebaDictionary({ index: file }).size > 300000);
  });

  it('npm run build leaves an index the loader accepts for the installed dictionary', function () {
    const file = path.join(ROOT, 'dist', 'jieba-dictionary.idx');
    if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) this.skip(); // npm test builds dist/ first
    const read = readDictionaryIndex(file, jiebaDictionaryStamp());
    assert.ok(read, `${file} is missing or was built from other sources`);
    assert.strictEqual(read.size, loadJiebaDictionary({ index: '' }).size);
  });
});
