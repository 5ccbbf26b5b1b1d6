import * as fs from 'fs';
import * as path from 'path';
import { globSync } from 'tinyglobby';

/** Extensions linted when a directory is named. */
export const REPORT_EXTENSIONS = ['.txt', '.md', '.docx'];
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);

export class UsageError extends Error {}

/** Files, directories (walked for .txt/.md/.docx) and globs -> absolute paths, sorted, each once. */
export function expandTargets(args: string[], cwd: string): string[] {
  const out = new Set<string>();
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      walk(abs, out);
    } else if (stat) {
      out.add(abs);
    } else if (/[*?[\]{}]/.test(arg)) {
      const matches = globSync(arg, { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (!matches.length) throw new UsageError(`没有文件匹配 "${arg}"`);
      for (const m of matches) out.add(path.resolve(m));
    } else {
      throw new UsageError(`找不到文件或目录 "${arg}"`);
    }
  }
  return [...out].sort();
}

function walk(dir: string, out: Set<string>): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && REPORT_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.add(p);
  }
}
