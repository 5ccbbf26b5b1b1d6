import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const SEEDS_DIR = path.join(SHARED, 'seeds');

export function seedFiles(): string[] {
  if (!fs.existsSync(SEEDS_DIR)) {
    throw new Error(`The seed reports are missing: expected them in ${SEEDS_DIR} (../shared/seeds beside the checkout).`);
  }
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(SEEDS_DIR, f));
}

export function seed(prefix: string): { file: string; text: string } {
  const file = seedFiles().find((f) => path.basename(f).startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}* in ${SEEDS_DIR}`);
  return { file, text: fs.readFileSync(file, 'utf8') };
}

/** 1-based line number of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not in text: ${needle}`);
  return text.slice(0, i).split('\n').length;
}
