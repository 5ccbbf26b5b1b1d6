import type { LineIndex } from '../model/report-document';
import { TextCache } from '../text/text-cache';
import { matchHeadingMarker, type MarkerMatch } from './heading-markers';
import type { LineShape, ParseMemo } from './parse-memo';

/** Lines repeat from one edit to the next: their markers are read once. */
const markerCache = new TextCache<MarkerMatch | null>();
export const markerOf = (content: string) => markerCache.get(content, matchHeadingMarker);

export const SENTENCE_PUNCT = /[，。；！？,;!?]/;
export const CJK = /[\u3400-\u9fff]/;
export const DATE_LINE =
  /^[（(]?[ \u3000]{0,4}(?:\d{4}|[〇○零一二三四五六七八九]{4})[ \u3000]{0,4}年[ \u3000]{0,4}(?:\d{1,2}|[元正一二三四五六七八九十]{1,3})[ \u3000]{0,4}月(?:[ \u3000]{0,6}(?:\d{1,2}|[一二三四五六七八九十]{1,3}))?[ \u3000]{0,6}日?[ \u3000]{0,4}[）)]?$/;
export const SHORT_LINE = 30;
/** What indents a line: spaces (ASCII, ideographic, no-break), tabs, a stray BOM. */
const indents = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
/** Conversion leftovers that sit before the real text of a line. */
const ARTIFACT_PREFIX = /^\[bookmark: [^\]]*\][ \t\u3000]*/;

export interface RawLine extends LineShape {
  index: number;
  text: string;
  start: number;
  marker: MarkerMatch | null;
}

export function readRawLines(lines: LineIndex, memo?: ParseMemo): RawLine[] {
  const raw: RawLine[] = [];
  for (let i = 0; i < lines.lineStarts.length; i++) {
    const text = lines.lineText(i);
    const shape = memo ? memo.line(text, lineShape) : lineShape(text);
    const { contentStart, content, blank, tabbed } = shape;
    raw.push({ index: i, text, start: lines.lineStarts[i], contentStart, content, blank, tabbed, marker: null });
  }
  return raw;
}

function lineShape(text: string): LineShape {
  let lead = 0;
  while (lead < text.length && indents(text.charCodeAt(lead))) lead++;
  let contentStart = lead;
  // An artifact starts with [: most lines are not cut and matched for one.
  const artifact = text.charCodeAt(lead) === 0x5b ? ARTIFACT_PREFIX.exec(text.slice(lead)) : null;
  if (artifact) contentStart += artifact[0].length;
  const content = text.slice(contentStart).trimEnd();
  return { contentStart, content, blank: content.length === 0, tabbed: text.startsWith('\t') };
}

/** The marker of a short line that heads a section without a number (2018年工作回顾). */
export function unnumberedMarker(): MarkerMatch {
  return { kind: 'unnumbered', text: '', style: '', value: null, rank: 0, start: 0, end: 0, titleStart: 0 };
}
