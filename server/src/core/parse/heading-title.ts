import type { Heading, MarkerKind, ParagraphKind } from '../model/report-document';
import { extractFigures } from './figures';
import type { RawLine } from './raw-lines';
import { itemHolding } from '../text/in-order';

/** Markers that number the items of a text: such an item is a heading or a numbered paragraph. */
const ITEM_KINDS: ReadonlySet<MarkerKind> = new Set<MarkerKind>(['cn', 'cn-paren', 'arabic', 'arabic-paren', 'circled']);
/** Longer than this, a first sentence is prose, not a title (the longest lead-ins of published reports run to about 50). */
const TITLE_MAX = 50;
/** The outline label of a numbered paragraph: its first clause, cut here. */
const SHORT_TITLE = 20;
/** A title runs to its first 。！？； or to an enumeration that starts the body (…下功夫一是…). */
const TITLE_STOP = /[。！？；!?;]|(?<=[^一二三四五六七八九十])[一二三四五六七八九十]是(?=[^的否])/;

/** How a numbered line reads: a title alone, a lead-in title followed by prose, or a paragraph of prose. */
export type ItemForm = 'title' | 'lead-in' | 'paragraph';

/** A sentence that reports a measured figure (5场, 20余场次, 12.3%) states a result: titles name a task. */
function statesFigure(text: string): boolean {
  return extractFigures(text, { start: 0, end: text.length }).some((f) => /\d/.test(f.raw));
}

const titleLike = (first: string) => first.length <= TITLE_MAX && !statesFigure(first);

/**
 * Whether the text after a numbered marker is a title or prose. `leads` says whether what follows the line belongs
 * under it (body text, a lower-level item, a table) rather than being the next item or a new section.
 */
function itemForm(rest: string, leads: boolean): ItemForm {
  const stop = TITLE_STOP.exec(rest);
  if (!stop) {
    // No sentence end: a title, unless it is a long or figure-laden statement of several clauses that leads nothing.
    const statement = /[，,]/.test(rest) && (rest.length > TITLE_MAX || statesFigure(rest));
    return statement && !leads ? 'paragraph' : 'title';
  }
  const first = rest.slice(0, stop.index);
  const afterStop = stop[0].length === 1 ? stop.index + 1 : stop.index;
  const runsOn = /[^\s\u3000”’」』）)*]/.test(rest.slice(afterStop));
  if (runsOn) return titleLike(first) ? 'lead-in' : 'paragraph';
  return titleLike(first) && leads ? 'title' : 'paragraph';
}

/** Length of a title or lead-in within the text after the marker, without its terminator. */
function titleLength(rest: string): number {
  const stop = TITLE_STOP.exec(rest);
  let end = stop ? stop.index : rest.length;
  while (end > 0 && /[\s\u3000：:]/.test(rest[end - 1])) end--;
  return end;
}

/** A numbered paragraph's label: its first clause, cut at a readable length (at a 、 between items if one is near). */
function shortTitleLength(rest: string): number {
  const clause = /[，,；;。！？!?：:]/.exec(rest);
  let end = clause ? clause.index : rest.length;
  if (end > SHORT_TITLE) {
    const item = rest.lastIndexOf('、', SHORT_TITLE);
    end = item >= SHORT_TITLE / 2 ? item : SHORT_TITLE;
  }
  while (end > 0 && /[\s\u3000]/.test(rest[end - 1])) end--;
  return end;
}

/** Whether the next line with text belongs under this one: prose, a table, or an item of a lower level. */
function leadsWhatFollows(r: RawLine, raw: RawLine[], kinds: (ParagraphKind | null)[]): boolean {
  for (let j = r.index + 1; j < raw.length; j++) {
    const kind = kinds[j];
    if (!kind || kind === 'other') continue;
    if (kind === 'body' || kind === 'subtitle' || kind === 'table') return true;
    if (kind !== 'heading') return false;
    const next = raw[j].marker;
    return next !== null && next.kind !== 'unnumbered' && next.rank > r.marker!.rank;
  }
  return false;
}

/** The first line with text from `from` on; a walk, not a copy of the rest (a long table has many row numbers). */
function nextNonBlank(raw: readonly RawLine[], from: number): RawLine | undefined {
  for (let i = from; i < raw.length; i++) if (!raw[i].blank) return raw[i];
  return undefined;
}

export function makeHeading(r: RawLine, raw: RawLine[], kinds: (ParagraphKind | null)[]): Heading {
  const m = r.marker!;
  const base = r.start + r.contentStart;
  const inTable = r.tabbed || kinds[r.index - 1] === 'table' || (m.kind === 'arabic' && m.style === '');
  let titleStart: number;
  let titleEnd: number;
  let paragraph = false;
  if (m.kind === 'unnumbered') {
    titleStart = base;
    titleEnd = base + r.content.length;
  } else if (inTable && m.kind === 'arabic' && m.style === '') {
    // A row number: the row's title is the next cell.
    const nextCell = nextNonBlank(raw, r.index + 1);
    titleStart = nextCell && kinds[nextCell.index] === 'table' ? nextCell.start + nextCell.contentStart : base + m.end;
    titleEnd = nextCell && kinds[nextCell.index] === 'table' ? titleStart + nextCell.content.length : titleStart;
  } else {
    titleStart = base + m.titleStart;
    const rest = r.content.slice(m.titleStart);
    if (m.titleEnd !== undefined) {
      titleEnd = base + m.titleEnd;
    } else if (ITEM_KINDS.has(m.kind) && !inTable && itemForm(rest, leadsWhatFollows(r, raw, kinds)) === 'paragraph') {
      paragraph = true;
      titleEnd = titleStart + shortTitleLength(rest);
    } else {
      titleEnd = titleStart + titleLength(rest);
    }
  }
  const text = (s: number, e: number) => {
    // Offsets into the whole text: recover from the raw line.
    const from = s - r.start;
    const to = e - r.start;
    if (from >= 0 && to <= r.text.length) return r.text.slice(from, to);
    const cell = itemHolding(raw, s, (x) => ({ first: x.start, last: x.start + x.text.length }));
    return cell ? cell.text.slice(s - cell.start, e - cell.start) : '';
  };
  const title = text(titleStart, titleEnd);
  const cut = paragraph && title.length < r.content.slice(m.titleStart).replace(/[。！？；!?;]$/, '').length;
  return {
    marker: {
      kind: m.kind,
      text: m.text,
      style: m.style,
      value: m.value,
      span: { start: base + m.start, end: base + m.end },
    },
    rank: m.rank,
    title: cut ? title + '…' : title,
    titleSpan: { start: titleStart, end: titleEnd },
    span: { start: r.start, end: r.start + r.text.length },
    line: r.index,
    inTable,
    paragraph,
    children: [],
    parent: null,
    sectionEnd: 0,
  };
}
