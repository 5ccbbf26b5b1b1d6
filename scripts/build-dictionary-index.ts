// Run by esbuild.mjs after bundling: jieba's dictionary built once into dist/jieba-dictionary.idx, which every
// worker then reads instead of building it (the loader checks that the index matches the installed sources).
import * as path from 'path';
import { saveJiebaDictionaryIndex } from '../server/src/node/jieba-segmenter';

saveJiebaDictionaryIndex(path.resolve(process.argv[2] ?? path.join('dist', 'jieba-dictionary.idx')));
