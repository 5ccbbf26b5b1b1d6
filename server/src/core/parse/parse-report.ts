import type { Heading, Paragraph, ReportDocument, Sentence, Span } from '../model/report-document';
import { classifyLines } from './classify-lines';
import { findEnumerations } from './enumerations';
import { makeHeading } from './heading-title';
import { createLineIndex } from './line-index';
import { readRawLines } from './raw-lines';

/** Parse report text into a ReportDocument. Never throws on any input. */
export function parseReport(text: string): ReportDocument {
  const lines = createLineIndex(text);
  const raw = readRawLines(lines);
  const kinds = classifyLines(raw);
  const paragraphs: Paragraph[] = [];
  const headings: Heading[] = [];
  for (const r of raw) {
    const kind = kinds[r.index];
    if (!kind) continue;
    const span = { start: r.start, end: r.start + r.text.length };
    const para: Paragraph = {
      kind,
      text: r.text,
      span,
      line: r.index,
      bodySpan: { start: r.start + r.contentStart, end: span.end },
      sentences: [],
    };
    if (kind === 'heading') {
      const h = makeHeading(r, raw, kinds);
      para.heading = h;
      headings.push(h);
      if (h.paragraph) {
        // A numbered paragraph: everything after the marker is prose.
        para.bodySpan = { start: h.titleSpan.start, end: span.end };
      } else {
        para.bodySpan = { start: h.titleSpan.end, end: span.end };
        // Skip the terminator that closes a run-on title.
        const after = text.slice(para.bodySpan.start, span.end);
        const skip = /^(?:\*\*)?[。！？；：:]?[ \t\u3000]*/.exec(after)![0].length;
        para.bodySpan.start += skip;
      }
    }
    if (kind === 'body' || kind === 'heading') para.sentences = splitSentences(text, para.bodySpan);
    paragraphs.push(para);
  }

  const outline = buildTree(headings, text.length);
  const enumerations = findEnumerations(text, paragraphs);
  const salutation = paragraphs.find((p) => p.kind === 'salutation') ?? null;
  const titleParas = paragraphs.filter((p) => p.kind === 'title');
  const title = titleParas.length
    ? {
        text: titleParas.map((p) => text.slice(p.bodySpan.start, p.bodySpan.end).trim()).join(''),
        spans: titleParas.map((p) => p.bodySpan),
      }
    : null;
  return { text, title, salutation, paragraphs, outline, headings, enumerations, lines };
}

function buildTree(headings: Heading[], textLength: number): Heading[] {
  const roots: Heading[] = [];
  const stack: Heading[] = [];
  for (const h of headings) {
    while (stack.length && stack[stack.length - 1].rank >= h.rank) stack.pop()!.sectionEnd = h.span.start;
    const parent = stack[stack.length - 1] ?? null;
    h.parent = parent;
    (parent ? parent.children : roots).push(h);
    stack.push(h);
  }
  for (const h of stack) h.sectionEnd = textLength;
  return roots;
}

const SENTENCE_END = /[。！？；!?;…]+[”’」』）)]*/g;

export function splitSentences(text: string, span: Span): Sentence[] {
  const out: Sentence[] = [];
  const body = text.slice(span.start, span.end);
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  const push = (s: number, e: number) => {
    while (s < e && /[\s\u3000]/.test(body[s])) s++;
    let end = e;
    while (end > s && /[\s\u3000]/.test(body[end - 1])) end--;
    if (end > s) out.push({ text: body.slice(s, end), span: { start: span.start + s, end: span.start + end } });
  };
  while ((m = SENTENCE_END.exec(body))) {
    push(from, m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(from, body.length);
  return out;
}
