import type { Fix } from '../../core';
import { lineCol, type FileResult, type Formatter } from './types';

/** ESLint's fix shape is one range and its replacement: merge a fix's edits into that. */
function eslintFix(text: string, fix: Fix): { range: [number, number]; text: string } {
  const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
  const start = edits[0].span.start;
  const end = Math.max(...edits.map((e) => e.span.end));
  let out = '';
  let at = start;
  for (const e of edits) {
    out += text.slice(at, e.span.start) + e.text;
    at = e.span.end;
  }
  return { range: [start, end], text: out + text.slice(at, end) };
}

export function toEslintResults(results: FileResult[]) {
  return results.map((r) => {
    // ESLint's shape for a file it could not parse: ruleId null, fatal, severity 2, first in the list.
    const fatal = r.fatal ? [{ ruleId: null, fatal: true, severity: 2, message: r.fatal, line: 1, column: 1 }] : [];
    const messages = r.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity === 'error' ? 2 : 1,
      message: f.message,
      ...lineCol(r.lines, f.span),
      ...(f.fix ? { fix: eslintFix(r.text, f.fix) } : {}),
      ...(f.suggestions?.length ? { suggestions: f.suggestions.map((s) => ({ desc: s.title, fix: eslintFix(r.text, s) })) } : {}),
      ...(f.related?.length
        ? {
            relatedInformation: f.related.map((rel) => ({
              message: rel.message,
              filePath: rel.filePath ?? r.filePath,
              ...(rel.filePath ? {} : lineCol(r.lines, rel.span)),
            })),
          }
        : {}),
    }));
    const errorCount = messages.filter((m) => m.severity === 2).length + fatal.length;
    return {
      filePath: r.filePath,
      messages: [...fatal, ...messages],
      errorCount,
      fatalErrorCount: fatal.length,
      warningCount: messages.length + fatal.length - errorCount,
      fixableErrorCount: messages.filter((m) => m.severity === 2 && m.fix).length,
      fixableWarningCount: messages.filter((m) => m.severity === 1 && m.fix).length,
    };
  });
}

export const formatJson: Formatter = (results) => JSON.stringify(toEslintResults(results));
