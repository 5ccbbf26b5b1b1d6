import type { EnumerationItem, Heading, Paragraph, ReportDocument, Sentence, Span } from '../model/report-document';
import { classifyLines } from './classify-lines';
import { enumerationsIn } from './enumerations';
import { makeHeading } from './heading-title';
import { createLineIndex } from './line-index';
import type { BodyParts, ParseMemo } from './parse-memo';
import { readRawLines } from './raw-lines';
import { isWhiteSpaceCode } from '../text/chars';

/**
 * Parse report text into a ReportDocument. Never throws on any input. With a memo kept from the last parse of
 * the same document, lines and paragraph bodies it has seen are not read again.
 */
export function parseReport(text: string, memo?: ParseMemo): ReportDocument {
  const lines = createLineIndex(text);
  const raw = readRawLines(lines, memo);
  const kinds = classifyLines(raw);
  const paragraphs: Paragraph[] = [];
  const headings: Heading[] = [];
  const enumerations: EnumerationItem[] = [];
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
    if (kind === 'body' || kind === 'heading') {
      const { start, end } = para.bodySpan;
      const body = text.slice(start, end);
      let enumerationsOfBody: BodyParts['enumerations'];
      if (memo) {
        const parts = memo.body(body, bodyParts);
        para.sentences = parts.sentences.map((s) => ({ text: s.text, span: { start: start + s.start, end: start + s.end } }));
        enumerationsOfBody = parts.enumerations;
      } else {
        // Nothing kept for a next parse: the sentences are made in place, with no relative copy first.
        const sentences = para.sentences;
        eachSentence(body, (s, e) => sentences.push({ text: body.slice(s, e), span: { start: start + s, end: start + e } }));
        enumerationsOfBody = enumerationsIn(body);
      }
      const paragraphIndex = paragraphs.length;
      for (const e of enumerationsOfBody) {
        enumerations.push({
          kind: e.kind,
          value: e.value,
          text: e.text,
          span: { start: start + e.start, end: start + e.end },
          paragraphIndex,
        });
      }
    }
    paragraphs.push(para);
  }
  memo?.settle();

  const outline = buildTree(headings, text.length);
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

export function splitSentences(text: string, span: Span): Sentence[] {
  return sentencesIn(text.slice(span.start, span.end)).map((s) => ({
    text: s.text,
    span: { start: span.start + s.start, end: span.start + s.end },
  }));
}

const bodyParts = (body: string): BodyParts => ({ sentences: sentencesIn(body), enumerations: enumerationsIn(body) });

/** The sentences of a paragraph body, with offsets from its start. */
function sentencesIn(body: string): BodyParts['sentences'] {
  const out: BodyParts['sentences'] = [];
  eachSentence(body, (start, end) => out.push({ text: body.slice(start, end), start, end }));
  return out;
}

/** A sentence ends after a run of 。！？；!?;… and of any closing marks right after it: ”’」』）). */
const endsSentence = (c: number) =>
  c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x2026;
const closesMark = (c: number) => c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x29;

/**
 * Where each sentence of a paragraph body starts and ends; white space around each is left out. The ends are found
 * by character code (as fast as the regex engine's scan): a regex match per sentence made an array and a string of
 * each.
 */
function eachSentence(body: string, each: (start: number, end: number) => void): void {
  const found = (s: number, e: number) => {
    while (s < e && isWhiteSpaceCode(body.charCodeAt(s))) s++;
    while (e > s && isWhiteSpaceCode(body.charCodeAt(e - 1))) e--;
    if (e > s) each(s, e);
  };
  let from = 0;
  let i = 0;
  while (i < body.length) {
    if (!endsSentence(body.charCodeAt(i))) {
      i++;
      continue;
    }
    while (i < body.length && endsSentence(body.charCodeAt(i))) i++;
    while (i < body.length && closesMark(body.charCodeAt(i))) i++;
    found(from, i);
    from = i;
  }
  found(from, body.length);
}
