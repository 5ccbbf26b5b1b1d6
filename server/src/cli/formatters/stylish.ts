import * as path from 'path';
import { counts, lineCol, type FileResult, type Formatter } from './types';

const paint = (on: boolean, code: string, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** Terminal columns of a string: CJK and full-width forms take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd) ||
      (c >= 0x2460 && c <= 0x24ff)
        ? 2
        : 1;
  }
  return w;
}

/** The offending line, cut to a window around the finding, with carets under it. */
function excerpt(r: FileResult, start: number, end: number, color: boolean): string[] {
  const pos = r.lines.positionAt(start);
  const lineText = r.lines.lineText(pos.line).replace(/\t/g, ' ');
  const endCol = pos.line === r.lines.positionAt(end).line ? r.lines.positionAt(end).character : lineText.length;
  const from = Math.max(0, pos.character - 20);
  const to = Math.min(lineText.length, Math.max(endCol, pos.character + 1) + 20);
  const before = (from > 0 ? '…' : '') + lineText.slice(from, pos.character);
  const marked = lineText.slice(pos.character, Math.max(endCol, pos.character));
  const after = lineText.slice(Math.max(endCol, pos.character), to) + (to < lineText.length ? '…' : '');
  const carets = '^'.repeat(Math.max(1, displayWidth(marked)));
  return [
    `    ${paint(color, '2', '│')} ${before}${paint(color, '1', marked)}${after}`,
    `    ${paint(color, '2', '│')} ${' '.repeat(displayWidth(before))}${paint(color, '31', carets)}`,
  ];
}

export const formatStylish: Formatter = (results, { cwd, color }) => {
  const out: string[] = [];
  for (const r of results) {
    if (!r.findings.length && !r.fatal) continue;
    out.push('', paint(color, '4', r.filePath === '<stdin>' ? r.filePath : path.relative(cwd, r.filePath) || r.filePath));
    if (r.fatal) out.push(`  ${'–'.padEnd(8)} ${paint(color, '31', 'error').padEnd(color ? 16 : 7)}  ${r.fatal}`);
    for (const f of r.findings) {
      const lc = lineCol(r.lines, f.span);
      const sev =
        f.severity === 'error'
          ? paint(color, '31', 'error')
          : f.severity === 'info'
            ? paint(color, '36', 'info')
            : paint(color, '33', 'warning');
      const where = r.paragraphOf ? `第${r.paragraphOf(lc.line)}段` : `${lc.line}:${lc.column}`;
      out.push(
        `  ${where.padEnd(8 - (displayWidth(where) - where.length))} ${sev.padEnd(color ? 16 : 7)}  ${f.message}  ${paint(color, '2', f.ruleId)}`,
      );
      if (f.span.end > f.span.start || r.text.length) out.push(...excerpt(r, f.span.start, f.span.end, color));
      for (const rel of f.related ?? []) {
        const where = rel.filePath ? path.relative(cwd, rel.filePath) || rel.filePath : `${lineCol(r.lines, rel.span).line} 行`;
        out.push(`    ${paint(color, '2', `↳ ${rel.message}（${where}）`)}`);
      }
    }
  }
  const { errors, warnings } = counts(results);
  const total = errors + warnings;
  if (total) {
    // Word documents are never rewritten, so their fixes are not counted as --fix-able.
    const fixable = results.reduce((n, r) => n + (r.paragraphOf ? 0 : r.findings.filter((f) => f.fix).length), 0);
    out.push('', paint(color, errors ? '31' : '33', `✖ ${total} 个问题（${errors} 个错误，${warnings} 个警告）`));
    if (fixable) out.push(paint(color, '2', `  其中 ${fixable} 个可用 --fix 自动修正。`));
  }
  return out.length ? out.join('\n') + '\n' : '';
};
