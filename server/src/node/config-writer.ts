import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, modify, parse } from 'jsonc-parser';
import { CONFIG_FILE_NAME } from '../core';

/**
 * Adds a word to "allow" in a .reportlintrc.json, keeping its comments and layout; creates the file in
 * `dirForNew` when none applies. Written through a temporary file and a rename. Returns the file changed.
 */
export function addAllowedWord(existing: string | undefined, dirForNew: string, word: string): string {
  const file = existing ?? path.join(dirForNew, CONFIG_FILE_NAME);
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '{\n}\n';
  const current = (parse(text) as { allow?: unknown } | undefined)?.allow;
  if (Array.isArray(current) && current.includes(word)) return file;
  const formattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };
  const edits = Array.isArray(current)
    ? modify(text, ['allow', -1], word, { formattingOptions, isArrayInsertion: true })
    : modify(text, ['allow'], [word], { formattingOptions });
  const updated = applyEdits(text, edits);
  const tmp = `${file}.${process.pid}.reportlint-tmp`;
  fs.writeFileSync(tmp, updated);
  fs.renameSync(tmp, file);
  return file;
}
