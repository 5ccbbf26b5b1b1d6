import type { Paragraph, ReportDocument, Span } from '../model/report-document';

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
