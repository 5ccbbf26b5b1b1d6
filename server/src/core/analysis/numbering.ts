import type { EnumerationItem, Heading, ReportDocument } from '../model/report-document';
import { formatMarker } from '../parse/heading-markers';
import { toChineseNumeral } from '../parse/chinese-numerals';
import type { Fix } from '../model/fix';

const NUMBERED = new Set(['part', 'chapter', 'section', 'cn', 'cn-paren', 'arabic', 'arabic-paren', 'circled']);

function isNumbered(h: Heading): boolean {
  return NUMBERED.has(h.marker.kind) && h.marker.value !== null;
}

/** Headings of one marker kind under one parent: the unit a writer numbers 1, 2, 3 … */
export interface SiblingGroup {
  parent: Heading | null;
  items: Heading[];
  /** Groups whose parents sit at the same place (all 1. lists under 一、二、三、 of one part) share a family. */
  familyKey: string;
}

export function siblingGroups(doc: ReportDocument): SiblingGroup[] {
  const groups: SiblingGroup[] = [];
  const ids = new Map<Heading | null, number>();
  const idOf = (h: Heading | null) => {
    if (!ids.has(h)) ids.set(h, ids.size);
    return ids.get(h)!;
  };
  const visit = (parent: Heading | null, children: Heading[]) => {
    const byKind = new Map<string, Heading[]>();
    for (const c of children) {
      if (isNumbered(c)) {
        // A table's numbered groups (一、 in a cell) are a list of their own, not the body's headings.
        const key = `${c.marker.kind}|${c.inTable ? 'table' : 'body'}`;
        if (!byKind.has(key)) byKind.set(key, []);
        byKind.get(key)!.push(c);
      }
    }
    for (const [kind, items] of byKind) {
      const familyKey = parent ? `${kind}|${idOf(parent.parent)}|${parent.marker.kind}|${parent.inTable}` : `${kind}|root`;
      groups.push({ parent, items, familyKey });
    }
    for (const c of children) visit(c, c.children);
  };
  visit(null, doc.outline);
  return groups.sort((a, b) => a.items[0].span.start - b.items[0].span.start);
}

export type Convention = 'restart' | 'continuous' | 'unknown';

/** Whether a family numbers each group from 1 or continues across groups: decided by what the document does most. */
export function familyConvention(groups: SiblingGroup[]): Convention {
  let restart = 0;
  let continuous = 0;
  let itemsBefore = groups.length ? groups[0].items.length : 0;
  for (let i = 1; i < groups.length; i++) {
    const first = groups[i].items[0].marker.value!;
    const prevLast = groups[i - 1].items[groups[i - 1].items.length - 1].marker.value!;
    if (first === 1) restart++;
    // Continuing from the previous group, or from where a correct count would be.
    else if (first === prevLast + 1 || first === itemsBefore + 1) continuous++;
    itemsBefore += groups[i].items.length;
  }
  if (restart === continuous) return groups.length === 1 ? 'restart' : 'unknown';
  return restart > continuous ? 'restart' : 'continuous';
}

export function markerFor(h: Heading, value: number, style = h.marker.style): string | null {
  return formatMarker(h.marker.kind, style, value);
}

/** Renumbers a sibling group from `start`, keeping each marker's own style. */
export function renumberHeadingsFix(items: Heading[], start: number): Fix | undefined {
  const edits = [];
  for (let i = 0; i < items.length; i++) {
    const h = items[i];
    if (h.marker.value === start + i) continue;
    const text = markerFor(h, start + i);
    if (text === null) return undefined;
    edits.push({ span: h.marker.span, text });
  }
  if (!edits.length) return undefined;
  return { title: `重新编号本组（${items.length} 项）`, edits };
}

const enumerationCache = new WeakMap<ReportDocument, EnumerationItem[][]>();

/** Runs of one enumeration kind inside one section; a run restarts at 一是/第一. Computed once a document. */
export function enumerationGroups(doc: ReportDocument): EnumerationItem[][] {
  const cached = enumerationCache.get(doc);
  if (cached) return cached;
  // Items and headings are both in document order: walk them together, keeping the open sections on a stack.
  const stack: Heading[] = [];
  let next = 0;
  const sectionOf = (offset: number): Heading | null => {
    while (next < doc.headings.length && doc.headings[next].span.start <= offset) {
      const h = doc.headings[next++];
      while (stack.length && stack[stack.length - 1].sectionEnd <= h.span.start) stack.pop();
      stack.push(h);
    }
    while (stack.length && stack[stack.length - 1].sectionEnd <= offset) stack.pop();
    return stack[stack.length - 1] ?? null;
  };
  const groups: EnumerationItem[][] = [];
  enumerationCache.set(doc, groups);
  const open = new Map<string, { section: Heading | null; items: EnumerationItem[] }>();
  for (const item of doc.enumerations) {
    const section = sectionOf(item.span.start);
    const current = open.get(item.kind);
    if (!current || current.section !== section || item.value === 1) {
      const fresh = { section, items: [item] };
      open.set(item.kind, fresh);
      groups.push(fresh.items);
    } else {
      current.items.push(item);
    }
  }
  return groups;
}

export function enumerationText(item: EnumerationItem, value: number): string {
  return item.kind === 'shi' ? `${toChineseNumeral(value)}是` : `第${toChineseNumeral(value)}`;
}

export function renumberEnumerationFix(items: EnumerationItem[]): Fix | undefined {
  const edits = items
    .map((item, i) => ({ item, value: i + 1 }))
    .filter(({ item, value }) => item.value !== value)
    .map(({ item, value }) => ({ span: item.span, text: enumerationText(item, value) }));
  return edits.length ? { title: `重新编号本组（${items.length} 项）`, edits } : undefined;
}

function isInside(h: Heading, ancestor: Heading | null): boolean {
  if (ancestor === null) return true;
  for (let p: Heading | null = h; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** Headings that open a higher level beneath a lower one: （一） right after 1. under the same parent. */
export function invertedHeadings(doc: ReportDocument): { heading: Heading; under: Heading }[] {
  const out: { heading: Heading; under: Heading }[] = [];
  const { headings } = doc;
  for (let i = 1; i < headings.length; i++) {
    const h = headings[i];
    const prev = headings[i - 1];
    if (!isNumbered(h) || !isNumbered(prev) || h.inTable || prev.inTable) continue;
    if (prev.rank <= h.rank) continue;
    const siblings = h.parent ? h.parent.children : doc.outline;
    const firstOfKind = siblings.find((s) => s.marker.kind === h.marker.kind) === h;
    if (firstOfKind && isInside(prev, h.parent)) out.push({ heading: h, under: prev });
  }
  return out;
}
