import * as fs from 'fs';
import * as path from 'path';
import type { Segmenter } from '../core';
import { DagSegmenter } from '../core/segment/dag-segmenter';
import { WordDictionary } from '../core/segment/dictionary';
import { MODERN_WORDS } from '../core/data/modern-words';
import { loadContextModel } from './context-model-loader';
import { dictionaryStamp, readDictionaryIndex, writeDictionaryIndex } from './dictionary-index';

interface NodeJieba {
  load(opts?: Record<string, string>): void;
  cut(text: string, useHMM?: boolean): string[];
  DEFAULT_DICT: string;
  DEFAULT_USER_DICT: string;
}

/** Where nodejieba keeps jieba's dictionaries; resolved at run time (the package is never bundled). */
export function jiebaDictionaryFiles(): { dict: string; userDict: string } {
  const pkg = require.resolve('nodejieba/package.json');
  const dir = path.join(path.dirname(pkg), 'submodules', 'cppjieba', 'dict');
  return { dict: path.join(dir, 'jieba.dict.utf8'), userDict: path.join(dir, 'user.dict.utf8') };
}

/** The built dictionary beside the bundle (`npm run build` writes it into dist/); from source there is none. */
export const DICTIONARY_INDEX = path.join(__dirname, 'jieba-dictionary.idx');

/** jieba's dictionary file, and its user dictionary plus (unless `modern` is false) the words it lacks. */
function jiebaSources(modern: boolean): { bytes: Buffer; words: string[] } {
  const { dict, userDict } = jiebaDictionaryFiles();
  const extra = fs.existsSync(userDict)
    ? fs
        .readFileSync(userDict, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
    : [];
  return { bytes: fs.readFileSync(dict), words: modern ? [...extra, ...MODERN_WORDS] : extra };
}

/**
 * jieba's dictionary and user dictionary, plus (unless `modern` is false) the words it lacks: read from the
 * built index when it was built from these very sources, else built from them.
 */
export function loadJiebaDictionary({ modern = true, index = DICTIONARY_INDEX } = {}): WordDictionary {
  const { bytes, words } = jiebaSources(modern);
  const built = index ? readDictionaryIndex(index, dictionaryStamp(bytes, words)) : undefined;
  return built ?? new WordDictionary(bytes.toString('utf8'), words);
}

/** The stamp of the installed sources, which an index must carry to be used. */
export function jiebaDictionaryStamp({ modern = true } = {}): string {
  const { bytes, words } = jiebaSources(modern);
  return dictionaryStamp(bytes, words);
}

/** Builds the dictionary from its sources and saves it where loadJiebaDictionary looks (npm run build). */
export function saveJiebaDictionaryIndex(file = DICTIONARY_INDEX): void {
  const { bytes, words } = jiebaSources(true);
  writeDictionaryIndex(file, new WordDictionary(bytes.toString('utf8'), words), dictionaryStamp(bytes, words));
}

let cached: Segmenter | null | undefined;

/**
 * The segmenter for this process, loaded once. By default jieba's dictionary (from the nodejieba package)
 * with DagSegmenter, which cuts exactly as nodejieba's cut(text, false) does in about a third of the time
 * and memory, and needs no native binary (so it also runs inside VS Code's Electron).
 * REPORTLINT_SEGMENTER=nodejieba uses the native addon instead.
 */
export function loadNodeSegmenter(): Segmenter | undefined {
  if (cached !== undefined) return cached ?? undefined;
  try {
    const dictionary = loadJiebaDictionary();
    cached = process.env.REPORTLINT_SEGMENTER === 'nodejieba' ? createNativeSegmenter(dictionary) : new DagSegmenter(dictionary);
    // The typo rule reads context with it; absent, the rule falls back to the segmenter's own scores.
    cached.context = loadContextModel();
  } catch (err) {
    process.stderr.write(`reportlint: 无法加载分词词典（nodejieba），需要分词的规则已跳过：${(err as Error).message}\n`);
    cached = null;
  }
  return cached ?? undefined;
}

/** nodejieba's own cut, for comparison and for anyone who prefers the native addon. */
export function createNativeSegmenter(dictionary: WordDictionary): Segmenter {
  const jieba = require('nodejieba') as NodeJieba;
  jieba.load();
  const scorer = new DagSegmenter(dictionary);
  return {
    cut: (text) => jieba.cut(text, false),
    score: (text) => scorer.score(text),
    frequency: (word) => dictionary.frequency(word),
    tagOf: (word) => dictionary.tagOf(word),
    wordsOfLength: (length, minFrequency) => dictionary.wordsOfLength(length, minFrequency),
    visitWordsOfLength: (length, visit) => dictionary.visitWordsOfLength(length, visit),
  };
}
