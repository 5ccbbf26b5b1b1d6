import { figureChecks } from './analysis/figure-checks';
import type { Heading, MarkerKind, Position, ReportDocument, Span } from './model/report-document';
import { reportStatistics, type ReportStatistics } from './statistics';

export interface LineRange {
  start: Position;
  end: Position;
}

/** A heading and its section, as an editor's outline shows it. */
export interface OutlineSymbol {
  name: string;
  markerKind: MarkerKind;
  /** The whole section, without the blank lines that close it. */
  range: LineRange;
  /** The title (or the marker line) inside that range. */
  selectionRange: LineRange;
  children: OutlineSymbol[];
}

/**
 * What the editor's requests need beyond the findings: the outline, folding, the arithmetic shown on
 * hover and the statistics. Plain data, so that a worker that linted a large document can send it back with the findings.
 */
export interface DocumentStructure {
  symbols: OutlineSymbol[];
  folds: { startLine: number; endLine: number }[];
  /** Checked figures that hold, shown on hover ("25 + 10 + 5 = 40 ✓"); those that fail are findings. */
  figureNotes: { span: Span; detail: string }[];
  /** 字数 and the rest, for the status bar and the statistics command. */
  statistics: ReportStatistics;
}

/** Last line of a section, ignoring the blank lines that close it. */
function sectionLastLine(doc: ReportDocument, h: Heading): number {
  let end = h.sectionEnd;
  while (end > h.span.end && /[\s\u3000]/.test(doc.text[end - 1])) end--;
  return doc.lines.positionAt(Math.max(end, h.span.end)).line;
}

const MAX_SYMBOL_TITLE = 60;

export function documentStructure(doc: ReportDocument): DocumentStructure {
  const rangeOf = (s: Span): LineRange => ({ start: doc.lines.positionAt(s.start), end: doc.lines.positionAt(s.end) });
  const convert = (h: Heading): OutlineSymbol => {
    const lastLine = sectionLastLine(doc, h);
    const range = { start: doc.lines.positionAt(h.span.start), end: { line: lastLine, character: doc.lines.lineText(lastLine).length } };
    const selection = rangeOf(h.titleSpan.end > h.titleSpan.start ? h.titleSpan : h.span);
    const inside = selection.start.line >= range.start.line && selection.end.line <= range.end.line;
    const title = h.title.length > MAX_SYMBOL_TITLE ? h.title.slice(0, MAX_SYMBOL_TITLE) + '…' : h.title;
    return {
      name: [h.marker.kind === 'bold' || h.marker.kind === 'markdown' ? '' : h.marker.text, title].join('') || '（无标题）',
      markerKind: h.marker.kind,
      range,
      selectionRange: inside ? selection : { start: range.start, end: range.start },
      children: h.children.map(convert),
    };
  };
  const folds: DocumentStructure['folds'] = [];
  for (const h of doc.headings) {
    const last = sectionLastLine(doc, h);
    if (last > h.line) folds.push({ startLine: h.line, endLine: last });
  }
  const figureNotes = figureChecks(doc)
    .filter((c) => c.ok)
    .map((c) => ({ span: c.span, detail: c.detail }));
  return { symbols: doc.outline.map(convert), folds, figureNotes, statistics: reportStatistics(doc) };
}
