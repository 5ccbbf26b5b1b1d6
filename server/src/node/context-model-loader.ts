import * as fs from 'fs';
import * as path from 'path';
import { TrigramModel, type ContextModel } from '../core/segment/context-model';

const CONTEXT_MODEL_FILE = path.join('models', 'open-gram-trigram.bin');

/** The model file beside the package: dist/ and server/src/node/ both sit below the package root. */
export function contextModelPath(): string | undefined {
  if (process.env.REPORTLINT_CONTEXT_MODEL !== undefined) return process.env.REPORTLINT_CONTEXT_MODEL || undefined;
  for (let dir = __dirname, i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const file = path.join(dir, CONTEXT_MODEL_FILE);
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

let cached: ContextModel | null | undefined;

/**
 * The word trigram for this process, loaded once; undefined where the file is absent or unreadable (the typo
 * rule then falls back to the segmenter's unigram scores). REPORTLINT_CONTEXT_MODEL names another file, or
 * with an empty value turns the model off.
 */
export function loadContextModel(): ContextModel | undefined {
  if (cached !== undefined) return cached ?? undefined;
  cached = null;
  const file = contextModelPath();
  if (!file) return undefined;
  try {
    cached = new TrigramModel(fs.readFileSync(file));
  } catch (err) {
    process.stderr.write(`reportlint: 无法加载语境模型 ${file}，错别字检查退回词频：${(err as Error).message}\n`);
  }
  return cached ?? undefined;
}
