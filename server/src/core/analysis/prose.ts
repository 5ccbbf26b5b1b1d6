import type { Paragraph, ReportDocument, Span } from '../model/report-document';
import { TextCache } from '../text/text-cache';
import { CLOSER_OF, OPENER_OF } from '../text/chars';

/** Paragraphs whose text is prose a writer wrote: body lines and the run-on part of headings. */
export function proseParagraphs(doc: ReportDocument): Paragraph[] {
  return doc.paragraphs.filter((p) => p.kind === 'body' || (p.kind === 'heading' && p.bodySpan.end > p.bodySpan.start));
}

/** Every paragraph that holds text a writer typed (headings, titles, table cells too). */
export function textParagraphs(doc: ReportDocument): Paragraph[] {
  return doc.paragraphs.filter((p) => p.kind !== 'other');
}

/** Runs a global regex over a span of the text and yields absolute spans and the match. */
export function* matchesIn(text: string, span: Span, re: RegExp): Generator<{ match: RegExpExecArray; span: Span }> {
  const slice = text.slice(span.start, span.end);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield { match: m, span: { start: span.start + m.index, end: span.start + m.index + m[0].length } };
  }
}

const ANY_OPENER = /[“‘《（【「『〔]/;

/** Asked of every paragraph on every lint: the answer is kept per text. */
const openMarks = new TextCache<boolean>();

/** Whether text leaves a quotation, title or bracket open. */
export function leavesMarkOpen(text: string): boolean {
  if (!ANY_OPENER.test(text)) return false;
  return openMarks.get(text, marksLeftOpen);
}

/** Any opener or closer: the regex engine finds a paragraph's marks, where a loop made a string of every character. */
const ANY_MARK = new RegExp(`[${Object.keys(CLOSER_OF).join('')}${Object.keys(OPENER_OF).join('')}]`, 'g');

function marksLeftOpen(text: string): boolean {
  const depth = new Map<string, number>();
  ANY_MARK.lastIndex = 0;
  for (let m = ANY_MARK.exec(text); m; m = ANY_MARK.exec(text)) {
    const ch = m[0];
    if (CLOSER_OF[ch]) depth.set(ch, (depth.get(ch) ?? 0) + 1);
    else {
      const open = OPENER_OF[ch];
      if (open && (depth.get(open) ?? 0) > 0) depth.set(open, depth.get(open)! - 1);
    }
  }
  for (const d of depth.values()) if (d > 0) return true;
  return false;
}

/**
 * Whether a line was broken inside a quotation or a title (根据《⏎中华人民共和国…》): it leaves a mark open and
 * the very next line goes on with no blank line between. Such a line is a soft wrap, not a paragraph end.
 * `from` lets a caller judge several wrapped lines together.
 */
export function isSoftWrapped(doc: ReportDocument, p: Paragraph, from = p.span.start): boolean {
  const text = doc.text.slice(from, p.span.end);
  if (!ANY_OPENER.test(text) || /[。！？]$/.test(text.trimEnd())) return false;
  const next = doc.lines.lineStarts[p.line + 1];
  if (next === undefined || !doc.lines.lineText(p.line + 1).trim()) return false;
  return leavesMarkOpen(text);
}
