import type { LineIndex, Position } from '../model/report-document';

/** Line starts for \n, \r\n and lone \r line breaks. */
export function createLineIndex(text: string): LineIndex {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    } else if (c === 10) {
      lineStarts.push(i + 1);
    }
  }
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lineEnd = (line: number): number => {
    let end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
    if (end > lineStarts[line] && text.charCodeAt(end - 1) === 10) end--;
    if (end > lineStarts[line] && text.charCodeAt(end - 1) === 13) end--;
    return end;
  };
  return {
    lineStarts,
    positionAt(offset: number): Position {
      const clamped = Math.max(0, Math.min(offset, text.length));
      const line = lineOf(clamped);
      return { line, character: clamped - lineStarts[line] };
    },
    offsetAt(pos: Position): number {
      if (pos.line >= lineStarts.length) return text.length;
      if (pos.line < 0) return 0;
      return Math.min(lineStarts[pos.line] + Math.max(0, pos.character), lineEnd(pos.line));
    },
    lineText(line: number): string {
      return text.slice(lineStarts[line], lineEnd(line));
    },
  };
}
