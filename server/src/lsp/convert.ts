import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticSeverity,
  DocumentSymbol,
  FoldingRange,
  Range,
  SymbolKind,
  TextEdit,
} from 'vscode-languageserver';
import { ruleDocsUrl, type Finding, type Fix, type Heading, type LineIndex, type ReportDocument, type Span } from '../core';


export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export interface DiagnosticData {
  /** Index into the findings kept for this document version. */
  index: number;
  version: number;
}

export function toDiagnostic(lines: LineIndex, uri: string, f: Finding, data: DiagnosticData): Diagnostic {
  return {
    range: toRange(lines, f.span),
    severity: f.severity === 'error' ? DiagnosticSeverity.Error : f.severity === 'info' ? DiagnosticSeverity.Information : DiagnosticSeverity.Warning,
    code: f.ruleId,
    codeDescription: { href: ruleDocsUrl(f.ruleId) },
    source: 'reportlint',
    message: f.message,
    relatedInformation: f.related
      ?.filter((r) => !r.filePath)
      .map((r) => ({ location: { uri, range: toRange(lines, r.span) }, message: r.message })),
    data,
  };
}

export function fixToEdits(lines: LineIndex, fix: Fix): TextEdit[] {
  return fix.edits.map((e) => TextEdit.replace(toRange(lines, e.span), e.text));
}

export function quickFixes(lines: LineIndex, uri: string, f: Finding, diagnostic: Diagnostic): CodeAction[] {
  const actions: CodeAction[] = [];
  const make = (fix: Fix, preferred: boolean): CodeAction => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: { changes: { [uri]: fixToEdits(lines, fix) } },
  });
  if (f.fix) actions.push(make(f.fix, true));
  for (const s of f.suggestions ?? []) actions.push(make(s, false));
  return actions;
}

const KIND: Record<string, SymbolKind> = {
  markdown: SymbolKind.Namespace,
  part: SymbolKind.Namespace,
  chapter: SymbolKind.Namespace,
  section: SymbolKind.Namespace,
  unnumbered: SymbolKind.Namespace,
  cn: SymbolKind.Module,
  'cn-paren': SymbolKind.Class,
  arabic: SymbolKind.Method,
  'arabic-paren': SymbolKind.Field,
  circled: SymbolKind.Property,
  bold: SymbolKind.Key,
};

/** Last line of a section, ignoring the blank lines that close it. */
export function sectionLastLine(doc: ReportDocument, h: Heading): number {
  let end = h.sectionEnd;
  while (end > h.span.end && /[\s\u3000]/.test(doc.text[end - 1])) end--;
  return doc.lines.positionAt(Math.max(end, h.span.end)).line;
}

export function documentSymbols(doc: ReportDocument): DocumentSymbol[] {
  const convert = (h: Heading): DocumentSymbol => {
    const lastLine = sectionLastLine(doc, h);
    const range = { start: doc.lines.positionAt(h.span.start), end: { line: lastLine, character: doc.lines.lineText(lastLine).length } };
    const selection = toRange(doc.lines, h.titleSpan.end > h.titleSpan.start ? h.titleSpan : h.span);
    const inside = selection.start.line >= range.start.line && selection.end.line <= range.end.line;
    const title = h.title.length > 60 ? h.title.slice(0, 60) + '…' : h.title;
    return {
      name: [h.marker.kind === 'bold' || h.marker.kind === 'markdown' ? '' : h.marker.text, title].join('') || '（无标题）',
      kind: KIND[h.marker.kind] ?? SymbolKind.String,
      range,
      selectionRange: inside ? selection : { start: range.start, end: range.start },
      children: h.children.map(convert),
    };
  };
  return doc.outline.map(convert);
}

export function foldingRanges(doc: ReportDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const h of doc.headings) {
    const last = sectionLastLine(doc, h);
    if (last > h.line) out.push({ startLine: h.line, endLine: last, kind: 'region' });
  }
  return out;
}

/** One edit covering what changed between two texts: enough for whole-document commands. */
export function minimalEdit(lines: LineIndex, before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  return [TextEdit.replace(toRange(lines, { start, end: endB }), after.slice(start, endA))];
}
