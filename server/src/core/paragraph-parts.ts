import type { LineIndex, Paragraph, ParagraphKind, ReportDocument, Span } from './model/report-document';
import { createLineIndex } from './parse/line-index';

/**
 * A long document cut by paragraphs for the rules that read one paragraph at a time (the segmented rules:
 * typo, repeated-char, dash). A part travels to a worker as its paragraphs' positions, a few integers each, and
 * the worker rebuilds the paragraphs from the text it already holds instead of parsing the text again.
 */

const KINDS: readonly ParagraphKind[] = [
  'title',
  'front',
  'salutation',
  'subtitle',
  'heading',
  'body',
  'table',
  'date',
  'signature',
  'other',
];
const KIND_CODE = new Map(KINDS.map((k, i) => [k, i]));

/** Paragraphs [from, to) of a document. */
export interface ParagraphRange {
  from: number;
  to: number;
}

/** At most `count` runs of consecutive paragraphs, of about equal length in characters; none empty. */
export function splitParagraphs(paragraphs: readonly Paragraph[], count: number): ParagraphRange[] {
  if (!paragraphs.length) return [];
  const total = paragraphs.reduce((sum, p) => sum + (p.span.end - p.span.start) + 1, 0);
  const ranges: ParagraphRange[] = [];
  let from = 0;
  let length = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    length += paragraphs[i].span.end - paragraphs[i].span.start + 1;
    const due = (total * (ranges.length + 1)) / count;
    if (length >= due && ranges.length < count - 1 && i + 1 < paragraphs.length) {
      ranges.push({ from, to: i + 1 });
      from = i + 1;
    }
  }
  ranges.push({ from, to: paragraphs.length });
  return ranges;
}

/** Per paragraph: kind, line, span, body span, number of sentences, then each sentence's span. */
export function encodeParagraphs(paragraphs: readonly Paragraph[]): Int32Array {
  let size = 0;
  for (const p of paragraphs) size += 7 + 2 * p.sentences.length;
  const out = new Int32Array(size);
  let at = 0;
  for (const p of paragraphs) {
    out[at++] = KIND_CODE.get(p.kind)!;
    out[at++] = p.line;
    at = putSpan(out, at, p.span);
    at = putSpan(out, at, p.bodySpan);
    out[at++] = p.sentences.length;
    for (const s of p.sentences) at = putSpan(out, at, s.span);
  }
  return out;
}

/** The paragraphs `encodeParagraphs` wrote, their texts sliced from the text they were parsed from. */
export function decodeParagraphs(text: string, data: Int32Array): Paragraph[] {
  const out: Paragraph[] = [];
  let at = 0;
  const span = (): Span => ({ start: data[at++], end: data[at++] });
  while (at < data.length) {
    const kind = KINDS[data[at++]];
    const line = data[at++];
    const whole = span();
    const bodySpan = span();
    const sentences = new Array(data[at++]);
    for (let i = 0; i < sentences.length; i++) {
      const s = span();
      sentences[i] = { text: text.slice(s.start, s.end), span: s };
    }
    out.push({ kind, line, text: text.slice(whole.start, whole.end), span: whole, bodySpan, sentences });
  }
  return out;
}

/**
 * A document that holds only the given paragraphs (no headings, outline or enumerations): what the rules that
 * read paragraphs one at a time need, and nothing a document-wide rule could use.
 */
export function documentOfParagraphs(text: string, paragraphs: Paragraph[]): ReportDocument {
  let lines: LineIndex | undefined;
  return {
    text,
    title: null,
    salutation: null,
    paragraphs,
    outline: [],
    headings: [],
    enumerations: [],
    get lines() {
      return (lines ??= createLineIndex(text));
    },
  };
}

function putSpan(out: Int32Array, at: number, span: Span): number {
  out[at] = span.start;
  out[at + 1] = span.end;
  return at + 2;
}

/** A paragraph that repeats an earlier one: the same kind, text, prose and sentence bounds, and surroundings. */
export interface RepeatedParagraph {
  paragraph: Paragraph;
  original: Paragraph;
}

/**
 * How far the rules that read a paragraph at a time look past its ends (repeated-char compares the two
 * characters on either side; dash the one before): a repeat must agree there too.
 */
const CONTEXT_CHARS = 3;

/**
 * Splits paragraphs into the first of each kind and those that repeat one of them, for the rules that read a
 * paragraph at a time: their findings in a repeat are those of its original, moved. A long file made of
 * reports put together repeats headings, boilerplate and whole reports. Nothing is a repeat when an allowed
 * word spans a line break, since such a word reaches from one paragraph into the next.
 */
export function findRepeats(
  text: string,
  paragraphs: readonly Paragraph[],
  allowedWords: readonly string[] = [],
): { originals: Paragraph[]; repeats: RepeatedParagraph[] } {
  if (allowedWords.some((w) => /[\r\n]/.test(w))) return { originals: [...paragraphs], repeats: [] };
  // Per text, the originals written so: a repeat is the one of them with the same shape and surroundings. Keyed
  // by the paragraph's own text, so that no key is built by copying it.
  const seen = new Map<string, Paragraph[]>();
  const originals: Paragraph[] = [];
  const repeats: RepeatedParagraph[] = [];
  for (const p of paragraphs) {
    const same = seen.get(p.text);
    let original: Paragraph | undefined;
    for (const o of same ?? [])
      if (sameShape(o, p) && sameSurroundings(text, o, p)) {
        original = o;
        break;
      }
    if (original) repeats.push({ paragraph: p, original });
    else {
      if (same) same.push(p);
      else seen.set(p.text, [p]);
      originals.push(p);
    }
  }
  return { originals, repeats };
}

/** The same kind, and the same body and sentence bounds relative to the paragraph's start. */
function sameShape(a: Paragraph, b: Paragraph): boolean {
  const da = a.span.start;
  const db = b.span.start;
  if (a.kind !== b.kind || a.sentences.length !== b.sentences.length) return false;
  if (a.bodySpan.start - da !== b.bodySpan.start - db || a.bodySpan.end - da !== b.bodySpan.end - db) return false;
  for (let i = 0; i < a.sentences.length; i++) {
    const x = a.sentences[i].span;
    const y = b.sentences[i].span;
    if (x.start - da !== y.start - db || x.end - da !== y.end - db) return false;
  }
  return true;
}

/** The same CONTEXT_CHARS characters on either side, where the text has them on both. */
function sameSurroundings(text: string, a: Paragraph, b: Paragraph): boolean {
  for (let k = 1; k <= CONTEXT_CHARS; k++) {
    if (charOrEnd(text, a.span.start - k) !== charOrEnd(text, b.span.start - k)) return false;
    if (charOrEnd(text, a.span.end + k - 1) !== charOrEnd(text, b.span.end + k - 1)) return false;
  }
  return true;
}

/** The character code at i, or -1 beyond either end of the text. */
function charOrEnd(text: string, i: number): number {
  return i < 0 || i >= text.length ? -1 : text.charCodeAt(i);
}

/** Anything with a span that can be moved along the text. */
interface Located {
  span: Span;
  fix?: { edits: { span: Span }[] };
  suggestions?: { edits: { span: Span }[] }[];
  related?: { span: Span; filePath?: string }[];
}

/**
 * The findings of the originals, copied into their repeats: each finding that lies in an original (its ends
 * included) is moved, with its fixes, by the distance between the two.
 */
export function copyIntoRepeats<F extends Located>(findings: readonly F[], repeats: readonly RepeatedParagraph[]): F[] {
  const byOriginal = new Map<Paragraph, F[]>();
  const originals = [...new Set(repeats.map((r) => r.original))].sort((a, b) => a.span.start - b.span.start);
  const sorted = [...findings].sort((a, b) => a.span.start - b.span.start);
  let i = 0;
  for (const f of sorted) {
    while (i < originals.length && originals[i].span.end < f.span.start) i++;
    const p = originals[i];
    if (!p || f.span.start < p.span.start || f.span.end > p.span.end) continue;
    byOriginal.set(p, [...(byOriginal.get(p) ?? []), f]);
  }
  const out: F[] = [];
  for (const { paragraph, original } of repeats) {
    const delta = paragraph.span.start - original.span.start;
    for (const f of byOriginal.get(original) ?? []) out.push(moved(f, delta));
  }
  return out;
}

function moved<F extends Located>(f: F, delta: number): F {
  const span = (s: Span): Span => ({ start: s.start + delta, end: s.end + delta });
  const fix = <X extends { edits: { span: Span }[] }>(x: X): X => ({ ...x, edits: x.edits.map((e) => ({ ...e, span: span(e.span) })) });
  return {
    ...f,
    span: span(f.span),
    ...(f.fix ? { fix: fix(f.fix) } : {}),
    ...(f.suggestions ? { suggestions: f.suggestions.map(fix) } : {}),
    ...(f.related ? { related: f.related.map((r) => (r.filePath ? r : { ...r, span: span(r.span) })) } : {}),
  };
}
