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
import { ruleDocsUrl, type DocumentStructure, type Finding, type Fix, type LineIndex, type OutlineSymbol, type Span } from '../core';

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
    severity:
      f.severity === 'error'
        ? DiagnosticSeverity.Error
        : f.severity === 'info'
          ? DiagnosticSeverity.Information
          : DiagnosticSeverity.Warning,
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

export function documentSymbols(structure: DocumentStructure): DocumentSymbol[] {
  const convert = (o: OutlineSymbol): DocumentSymbol => ({
    name: o.name,
    kind: KIND[o.markerKind] ?? SymbolKind.String,
    range: o.range,
    selectionRange: o.selectionRange,
    children: o.children.map(convert),
  });
  return structure.symbols.map(convert);
}

export function foldingRanges(structure: DocumentStructure): FoldingRange[] {
  return structure.folds.map((f) => ({ ...f, kind: 'region' }));
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
