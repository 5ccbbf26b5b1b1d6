import * as fs from 'fs';
import * as path from 'path';
import type { Segmenter } from '../core';

interface NodeJieba {
  load(opts: Record<string, string>): void;
  cut(text: string, useHMM?: boolean): string[];
  tag(text: string): { word: string; tag: string }[];
  DEFAULT_DICT: string;
}

let cached: Segmenter | null | undefined;

/** Loads nodejieba once per process (about 1.5 s); undefined when the native addon cannot load here. */
export function loadNodeSegmenter(): Segmenter | undefined {
  if (cached !== undefined) return cached ?? undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jieba = require('nodejieba') as NodeJieba;
    const dictDir = path.dirname(jieba.DEFAULT_DICT);
    jieba.load({});
    cached = createJiebaSegmenter(jieba, path.join(dictDir, 'jieba.dict.utf8'));
  } catch (err) {
    process.stderr.write(`reportlint: 无法加载分词组件 nodejieba，需要分词的规则已跳过：${(err as Error).message}\n`);
    cached = null;
  }
  return cached ?? undefined;
}

export function createJiebaSegmenter(jieba: NodeJieba, dictFile: string): Segmenter {
  let frequencies: Map<string, number> | undefined;
  const freq = () => {
    if (!frequencies) {
      frequencies = new Map();
      for (const line of fs.readFileSync(dictFile, 'utf8').split('\n')) {
        const sp = line.indexOf(' ');
        if (sp > 0) frequencies.set(line.slice(0, sp), parseInt(line.slice(sp + 1), 10) || 1);
      }
    }
    return frequencies;
  };
  return {
    cut: (text) => jieba.cut(text, false),
    has: (word) => freq().has(word),
    frequency: (word) => freq().get(word) ?? 0,
    tag: (text) => jieba.tag(text),
  };
}
