import type { MarkerKind } from '../model/report-document';
import { parseChineseNumeral, parseCircled, toChineseNumeral, toCircled } from './chinese-numerals';
import { trimEndOf } from '../text/chars';

/** Outline rank of each marker kind: GB/T 9704-2012 orders 一、 > （一） > 1. > （1） > ①. */
const MARKER_RANK: Record<MarkerKind, number> = {
  markdown: -20, // plus the number of #
  part: -6,
  chapter: -5,
  section: -4,
  unnumbered: 0,
  cn: 1,
  'cn-paren': 2,
  arabic: 3,
  'arabic-paren': 4,
  circled: 5,
  bold: 6,
};

/** GB/T 9704-2012 levels, for messages. */
export const MARKER_EXAMPLE: Record<MarkerKind, string> = {
  markdown: '#',
  part: '第一部分',
  chapter: '第一章',
  section: '第一节',
  unnumbered: '',
  cn: '一、',
  'cn-paren': '（一）',
  arabic: '1.',
  'arabic-paren': '（1）',
  circled: '①',
  bold: '**',
};

export interface MarkerMatch {
  kind: MarkerKind;
  text: string;
  style: string;
  value: number | null;
  rank: number;
  /** Offsets relative to the string that was matched. */
  start: number;
  end: number;
  /** Where the heading's title starts and, for bold lead-ins and Markdown, ends. */
  titleStart: number;
  titleEnd?: number;
}

const CN_NUM = '[一二三四五六七八九十百〇零两]{1,4}';
const LEAD = /^[ \t\u3000\u00a0]*/;

const PATTERNS: { kind: MarkerKind; re: RegExp }[] = [
  { kind: 'markdown', re: /^(#{1,6})[ \t]+/ },
  { kind: 'part', re: new RegExp(`^第(${CN_NUM}|\\d{1,2})部分[ \\t\\u3000、：:．.]*`) },
  { kind: 'chapter', re: new RegExp(`^第(${CN_NUM}|\\d{1,2})章[ \\t\\u3000、：:．.]*`) },
  { kind: 'section', re: new RegExp(`^第(${CN_NUM}|\\d{1,2})节[ \\t\\u3000、：:．.]*`) },
  { kind: 'cn', re: new RegExp(`^(${CN_NUM})([、．.])(?![一二三四五六七八九十]+、)[ \\t\\u3000]*`) },
  { kind: 'cn-paren', re: new RegExp(`^([（(])(${CN_NUM})([）)])[ \\t\\u3000]*`) },
  { kind: 'arabic', re: /^(\d{1,2})([.．、])(?![\d.．、%])[ \t\u3000]*/ },
  { kind: 'arabic-paren', re: /^([（(])(\d{1,2})([）)])[ \t\u3000]*/ },
  { kind: 'circled', re: /^([①-⑳])[ \t\u3000]*/ },
];

const BOLD = /^(?:[-*+•][ \t]+)?\*\*([^*\n]{1,80}?)\*\*[ \t\u3000]*$/;

/** The heading marker at the start of a line, if any. */
export function matchHeadingMarker(line: string): MarkerMatch | null {
  const lead = LEAD.exec(line)![0].length;
  const s = line.slice(lead);
  for (const { kind, re } of PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const full = m[0];
    let markerText = trimEndOf(full, ' \t\u3000');
    let value: number | null;
    let style: string;
    let rank = MARKER_RANK[kind];
    switch (kind) {
      case 'markdown':
        value = null;
        style = m[1];
        rank += m[1].length;
        break;
      case 'part':
      case 'chapter':
      case 'section':
        value = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
        style = /\d/.test(m[1]) ? 'arabic' : 'cn';
        markerText = s.slice(0, s.indexOf(m[1]) + m[1].length + (kind === 'part' ? 3 : 1));
        break;
      case 'cn':
        value = parseChineseNumeral(m[1]);
        style = m[2];
        break;
      case 'arabic':
        value = Number(m[1]);
        style = m[2];
        break;
      case 'cn-paren':
        value = parseChineseNumeral(m[2]);
        style = m[1] + m[3];
        break;
      case 'arabic-paren':
        value = Number(m[2]);
        style = m[1] + m[3];
        break;
      case 'circled':
        value = parseCircled(m[1]);
        style = '';
        break;
      default:
        continue;
    }
    if (value !== null && !(value > 0)) continue;
    const titleStart = lead + full.length;
    if (kind !== 'markdown' && titleStart >= line.length) continue; // a bare "1." is no heading
    return { kind, text: markerText, style, value, rank, start: lead, end: lead + markerText.length, titleStart };
  }
  const b = BOLD.exec(s);
  if (b) {
    const open = s.indexOf('**');
    return {
      kind: 'bold',
      text: s.slice(0, open + 2),
      style: s.slice(0, open).trim(),
      value: null,
      rank: MARKER_RANK.bold,
      start: lead,
      end: lead + open + 2,
      titleStart: lead + open + 2,
      titleEnd: lead + open + 2 + b[1].length,
    };
  }
  return null;
}

/** The marker text for a number in a given kind and style: used by renumbering fixes. */
export function formatMarker(kind: MarkerKind, style: string, value: number): string | null {
  switch (kind) {
    case 'cn':
      return toChineseNumeral(value) + style;
    case 'cn-paren':
      return style[0] + toChineseNumeral(value) + style[1];
    case 'arabic':
      return String(value) + style;
    case 'arabic-paren':
      return style[0] + String(value) + style[1];
    case 'circled':
      return value <= 20 ? toCircled(value) : null;
    case 'part':
      return `第${style === 'arabic' ? value : toChineseNumeral(value)}部分`;
    case 'chapter':
      return `第${style === 'arabic' ? value : toChineseNumeral(value)}章`;
    case 'section':
      return `第${style === 'arabic' ? value : toChineseNumeral(value)}节`;
    default:
      return null;
  }
}
