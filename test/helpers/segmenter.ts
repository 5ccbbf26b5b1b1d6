import { loadNodeSegmenter } from '../../server/src/node/jieba-segmenter';
import type { Segmenter } from '../../server/src/core';

/** The real segmenter (jieba's dictionary), loaded once for the whole test run. */
export function segmenter(): Segmenter {
  const s = loadNodeSegmenter();
  if (!s) throw new Error('the segmenter could not load: is nodejieba installed (npm ci)?');
  return s;
}
