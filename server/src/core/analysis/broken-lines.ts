import type { Paragraph, ReportDocument } from '../model/report-document';
import { trimEndOf } from '../text/chars';

/** Marks that close or continue a sentence: a paragraph never starts with one. */
const NEVER_STARTS_PARAGRAPH = /^[，。、；：？！”’）》」』】〕…%,.;:?!)]/;
/** What a paragraph may end with: the end of a sentence, or a mark closing one. */
const ENDS_SENTENCE = /[。！？；…：:.!?”’」』）)》】—]$/;
/** Blank for layout: spaces, the ideographic space and zero-width characters left by conversions. */
const LAYOUT_BLANK = /^(?:[\s\u3000\u200b\u200c\ufeff]|\u200d)*$/;
const INDENTED = /^[ \t\u3000\u00a0]/;
const BLANKS = ' \t\r\n\f\v\u00a0\u3000\u200b\u200c\u200d\ufeff';
/** Kinds a continued sentence never runs into. */
const NEVER_CONTINUED = new Set<Paragraph['kind']>(['title', 'salutation', 'table', 'date', 'signature']);

interface Layout {
  /** Most body paragraphs begin with an indent (　　). */
  indents: boolean;
  /** Blank lines separate paragraphs: at least a third of body paragraphs are followed by one (broken lines make up the rest). */
  blankSeparated: boolean;
  /** The paragraph after each paragraph, skipping lines that only hold layout blanks. */
  next: Map<Paragraph, Paragraph>;
}

const layouts = new WeakMap<ReportDocument, Layout>();

function layoutOf(doc: ReportDocument): Layout {
  let layout = layouts.get(doc);
  if (layout) return layout;
  const body = doc.paragraphs.filter((p) => p.kind === 'body');
  const indented = body.filter((p) => INDENTED.test(p.text)).length;
  const next = new Map<Paragraph, Paragraph>();
  const real = doc.paragraphs.filter((p) => !LAYOUT_BLANK.test(p.text));
  for (let i = 0; i + 1 < real.length; i++) next.set(real[i], real[i + 1]);
  const followed = body.filter((p) => next.has(p));
  const blankAfter = followed.filter((p) => next.get(p)!.line > p.line + 1).length;
  layout = { indents: indented * 2 > body.length, blankSeparated: blankAfter > 0 && blankAfter * 3 >= followed.length, next };
  layouts.set(doc, layout);
  return layout;
}

/** The paragraph after p, skipping lines that hold only layout blanks. */
export function nextParagraph(doc: ReportDocument, p: Paragraph): Paragraph | undefined {
  return layoutOf(doc).next.get(p);
}

/** Whether a paragraph starts with a mark no paragraph starts with (”的方针, 》，1997年): it goes on with the one before. */
export function startsMidSentence(p: Paragraph): boolean {
  return NEVER_STARTS_PARAGRAPH.test(p.text.replace(/^(?:[\s\u3000\u200b\u200c\ufeff]|\u200d)+/, ''));
}

/**
 * The next paragraph when a source broke this one off mid-sentence: it stops without ending a sentence, and
 * the next non-empty line goes on with it — it starts with a mark no paragraph starts with, or this one ends
 * with a comma and the next does not end a sentence either, or it follows with
 * no blank line in a document that separates paragraphs by blank lines, or it lacks the indent this
 * paragraph (or most of the document's) begins with. Undefined when the paragraph simply ends.
 */
export function brokenInto(doc: ReportDocument, p: Paragraph): Paragraph | undefined {
  const body = trimEndOf(p.text, BLANKS);
  if (!body || ENDS_SENTENCE.test(body)) return undefined;
  const layout = layoutOf(doc);
  const next = layout.next.get(p);
  if (!next || NEVER_CONTINUED.has(next.kind)) return undefined;
  if (next.kind === 'heading' && next.heading?.marker.kind !== 'unnumbered') return undefined;
  if (startsMidSentence(next)) return next;
  // A comma never ends a sentence: when the next paragraph does not end one either, the sentence runs on.
  if (/[，、,]$/.test(body) && !ENDS_SENTENCE.test(trimEndOf(next.text, BLANKS))) return next;
  const adjacent = next.line === p.line + 1;
  if (adjacent && layout.blankSeparated) return next;
  if ((layout.indents || INDENTED.test(p.text)) && !INDENTED.test(next.text)) return next;
  return undefined;
}

/**
 * A lead line set out like a heading: in a document whose paragraphs are indented, a line that is not, with an
 * indented paragraph right after it (第二，在经济上开始采取了一些新的政策…⏎　　农村在…). It needs no sentence end.
 */
export function isUnindentedLead(doc: ReportDocument, p: Paragraph): boolean {
  const layout = layoutOf(doc);
  const next = layout.next.get(p);
  return layout.indents && !INDENTED.test(p.text) && !!next && next.kind === 'body' && INDENTED.test(next.text);
}
