import type { LineIndex } from '../model/report-document';
import { TextCache } from '../text/text-cache';
import { matchHeadingMarker, type MarkerMatch } from './heading-markers';

/** Lines repeat from one edit to the next: their markers are read once. */
const markerCache = new TextCache<MarkerMatch | null>();
export const markerOf = (content: string) => markerCache.get(content, matchHeadingMarker);

export const SENTENCE_PUNCT = /[，。；！？,;!?]/;
export const CJK = /[\u3400-\u9fff]/;
export const DATE_LINE =
  /^[（(]?[ \u3000]{0,4}(?:\d{4}|[〇○零一二三四五六七八九]{4})[ \u3000]{0,4}年[ \u3000]{0,4}(?:\d{1,2}|[元正一二三四五六七八九十]{1,3})[ \u3000]{0,4}月(?:[ \u3000]{0,6}(?:\d{1,2}|[一二三四五六七八九十]{1,3}))?[ \u3000]{0,6}日?[ \u3000]{0,4}[）)]?$/;
export const SHORT_LINE = 30;
/** Conversion leftovers that sit before the real text of a line. */
const ARTIFACT_PREFIX = /^\[bookmark: [^\]]*\][ \t\u3000]*/;

export interface RawLine {
  index: number;
  text: string;
  start: number;
  /** Offset of the first meaningful character (after indentation and artifacts). */
  contentStart: number;
  content: string;
  blank: boolean;
  tabbed: boolean;
  marker: MarkerMatch | null;
}

export function readRawLines(lines: LineIndex): RawLine[] {
  const raw: RawLine[] = [];
  for (let i = 0; i < lines.lineStarts.length; i++) {
    const t = lines.lineText(i);
    const lead = /^[ \t\u3000\u00a0\ufeff]*/.exec(t)![0].length;
    let contentStart = lead;
    const artifact = ARTIFACT_PREFIX.exec(t.slice(lead));
    if (artifact) contentStart += artifact[0].length;
    const content = t.slice(contentStart).trimEnd();
    raw.push({
      index: i,
      text: t,
      start: lines.lineStarts[i],
      contentStart,
      content,
      blank: content.length === 0,
      tabbed: t.startsWith('\t'),
      marker: null,
    });
  }
  return raw;
}

/** The marker of a short line that heads a section without a number (2018年工作回顾). */
export function unnumberedMarker(): MarkerMatch {
  return { kind: 'unnumbered', text: '', style: '', value: null, rank: 0, start: 0, end: 0, titleStart: 0 };
}
