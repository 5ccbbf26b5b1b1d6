import { createLineIndex, type Finding, type LineIndex } from '../../core';

export interface FileResult {
  filePath: string;
  /** The text the findings refer to (after --fix, the fixed text). */
  text: string;
  lines: LineIndex;
  findings: Finding[];
  /** Why the file could not be read or written; shown as a fatal error, as ESLint shows a parse failure. */
  fatal?: string;
  /** For a Word document: the paragraph each line of the extracted text comes from (stylish shows 第N段). */
  paragraphOf?: (line: number) => number;
}

/** A file that could not be linted or written at all. */
export function fatalResult(filePath: string, reason: string): FileResult {
  return { filePath, text: '', lines: createLineIndex(''), findings: [], fatal: reason };
}

export interface Formatter {
  (results: FileResult[], ctx: { cwd: string; color: boolean }): string;
}

export interface LineCol {
  line: number; // 1-based
  column: number; // 1-based, UTF-16 units
  endLine: number;
  endColumn: number;
}

export function lineCol(lines: LineIndex, span: { start: number; end: number }): LineCol {
  const s = lines.positionAt(span.start);
  const e = lines.positionAt(span.end);
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

export function counts(results: FileResult[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  // Information-level hints are shown but never counted: they cannot fail a run.
  for (const r of results) {
    if (r.fatal) errors++;
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warn') warnings++;
    }
  }
  return { errors, warnings };
}
