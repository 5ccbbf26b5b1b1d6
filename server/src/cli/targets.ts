import * as fs from 'fs';
import * as path from 'path';
import { globSync } from 'tinyglobby';

/** Extensions linted when a directory is named. */
export const REPORT_EXTENSIONS = ['.txt', '.md', '.docx'];

export class UsageError extends Error {}

export interface Targets {
  /** Absolute paths to lint, sorted, each once. */
  files: string[];
  /** Entries a directory walk or a glob passed over by the skip rule, relative to cwd (directories end in /). */
  skipped: string[];
}

/**
 * The one rule for what a directory walk and a glob leave out: names starting with "." (hidden files and
 * folders such as .git), node_modules, and symbolic links (which may lead out of the tree or round in a
 * circle). A path named on the command line is always linted, whatever it is.
 */
function skippedByRule(name: string, isSymbolicLink: boolean): boolean {
  return name.startsWith('.') || name === 'node_modules' || isSymbolicLink;
}

/** Files, directories (walked for .txt/.md/.docx) and globs -> files to lint and the entries the skip rule passed over. */
export function expandTargets(args: string[], cwd: string): Targets {
  const out = new Set<string>();
  const skipped = new Set<string>();
  const shown = (abs: string) => (path.relative(cwd, abs).startsWith('..') ? abs : path.relative(cwd, abs));
  const skip = (abs: string, isDir: boolean) => skipped.add(shown(abs) + (isDir ? '/' : ''));
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      walk(abs, out, skip);
    } else if (stat) {
      out.add(abs);
    } else if (/[*?[\]{}]/.test(arg)) {
      expandGlob(arg, cwd, out, skip);
    } else {
      throw new UsageError(`找不到文件或目录 "${arg}"`);
    }
  }
  return { files: [...out].sort(), skipped: [...skipped].sort() };
}

function walk(dir: string, out: Set<string>, skip: (abs: string, isDir: boolean) => void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    const isReport = REPORT_EXTENSIONS.includes(path.extname(e.name).toLowerCase());
    if (skippedByRule(e.name, e.isSymbolicLink())) {
      if (e.isDirectory() || isReport || e.isSymbolicLink()) skip(p, e.isDirectory());
      continue;
    }
    if (e.isDirectory()) walk(p, out, skip);
    else if (e.isFile() && isReport) out.add(p);
  }
}

/**
 * Wildcards follow the same rule: they match no hidden name (a name written out in the pattern is taken as
 * given) and nothing inside node_modules; a match reached through a symbolic link, or that is one, is passed over.
 */
function expandGlob(pattern: string, cwd: string, out: Set<string>, skip: (abs: string, isDir: boolean) => void): void {
  const matches = globSync(pattern, { cwd, absolute: true, dot: false, followSymbolicLinks: true, ignore: ['**/node_modules/**'] });
  if (!matches.length) throw new UsageError(`没有文件匹配 "${pattern}"`);
  const base = path.resolve(cwd, staticPrefix(pattern));
  for (const m of matches) {
    const abs = path.resolve(m);
    const link = linkOnTheWay(base, abs);
    if (link) skip(link, link !== abs);
    else out.add(abs);
  }
}

/** The leading folders of a pattern that hold no wildcard: the part the user wrote out. */
function staticPrefix(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  const literal: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (/[*?[\]{}]/.test(part)) break;
    literal.push(part);
  }
  return literal.join('/') || '.';
}

/** The first symbolic link between base (exclusive) and file (inclusive), or undefined. */
function linkOnTheWay(base: string, file: string): string | undefined {
  const rel = path.relative(base, file);
  if (rel.startsWith('..')) return undefined;
  let at = base;
  for (const part of rel.split(path.sep)) {
    at = path.join(at, part);
    if (fs.lstatSync(at, { throwIfNoEntry: false })?.isSymbolicLink()) return at;
  }
  return undefined;
}
