import type {
  EnumerationItem,
  Heading,
  Paragraph,
  ParagraphKind,
  ReportDocument,
  Sentence,
  Span,
} from '../model/report-document';
import { parseChineseNumeral } from './chinese-numerals';
import { matchHeadingMarker, type MarkerMatch } from './heading-markers';
import { TextCache } from '../text/text-cache';

/** Lines repeat from one edit to the next: their markers are read once. */
const markerCache = new TextCache<MarkerMatch | null>();
const markerOf = (content: string) => markerCache.get(content, matchHeadingMarker);
import { createLineIndex } from './line-index';

const SENTENCE_PUNCT = /[，。；！？,;!?]/;
const CJK = /[\u3400-\u9fff]/;
const DATE_LINE =
  /^[（(]?[ \u3000]{0,4}(?:\d{4}|[〇○零一二三四五六七八九]{4})[ \u3000]{0,4}年[ \u3000]{0,4}(?:\d{1,2}|[元正一二三四五六七八九十]{1,3})[ \u3000]{0,4}月(?:[ \u3000]{0,6}(?:\d{1,2}|[一二三四五六七八九十]{1,3}))?[ \u3000]{0,6}日?[ \u3000]{0,4}[）)]?$/;
const GENRE = /报告|总结|要点|通知|计划|讲话|回顾|安排|方案|规划|汇报|发言|纪要/;
const ORGANISATION = /(协会|委员会|政府|局|厅|办公室|学会|基金会|集团|公司|中心|科协)$/;
/** Conversion leftovers that sit before the real text of a line. */
const ARTIFACT_PREFIX = /^\[bookmark: [^\]]*\][ \t\u3000]*/;
const SHORT_LINE = 30;

interface RawLine {
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

/** Parse report text into a ReportDocument. Never throws on any input. */
export function parseReport(text: string): ReportDocument {
  const lines = createLineIndex(text);
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
      para.bodySpan = { start: h.titleSpan.end, end: span.end };
      // Skip the terminator that closes a run-on title.
      const after = text.slice(para.bodySpan.start, span.end);
      const skip = /^(?:\*\*)?[。！？；：:]?[ \t\u3000]*/.exec(after)![0].length;
      para.bodySpan.start += skip;
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

function classifyLines(raw: RawLine[]): (ParagraphKind | null)[] {
  const kinds: (ParagraphKind | null)[] = raw.map(() => null);
  const meaningful = raw.filter((r) => !r.blank);
  let seenBody = false;
  let inTable = false;
  const isStray = (r: RawLine) =>
    !CJK.test(r.content) || /^[·•●○■□◆◇]/.test(r.content) || /^\d{1,3}$/.test(r.content);
  const isShort = (r: RawLine) => r.content.length <= SHORT_LINE || r.content.replace(/[ \u3000]/g, '').length <= SHORT_LINE;
  const isBodyLike = (r: RawLine) => r.content.length > 12 && SENTENCE_PUNCT.test(r.content);

  for (let k = 0; k < meaningful.length; k++) {
    const r = meaningful[k];
    if (r.tabbed) {
      inTable = true;
      kinds[r.index] = 'table';
      continue;
    }
    r.marker = markerOf(r.content);
    if (inTable) {
      if (!r.marker && !isBodyLike(r)) {
        kinds[r.index] = 'table';
        continue;
      }
      inTable = false;
    }
    if (r.marker) {
      kinds[r.index] = 'heading';
      seenBody = true;
      continue;
    }
    if (DATE_LINE.test(r.content)) {
      kinds[r.index] = seenBody ? 'date' : 'front';
      const prev = meaningful[k - 1];
      if (seenBody && prev && kinds[prev.index] === 'other') kinds[prev.index] = 'signature';
      continue;
    }
    if (!seenBody && /[：:]$/.test(r.content) && !/[。！？]/.test(r.content)) {
      kinds[r.index] = 'salutation';
      seenBody = true;
      continue;
    }
    if (!seenBody && !SENTENCE_PUNCT.test(r.content)) {
      kinds[r.index] = 'front';
      continue;
    }
    if (isStray(r)) {
      kinds[r.index] = 'other';
      continue;
    }
    if (isShort(r) && !SENTENCE_PUNCT.test(r.content) && !/[：:]$/.test(r.content)) {
      // A short unpunctuated line heads what follows if prose, a numbered heading or a table follows.
      let next: RawLine | undefined;
      for (let j = k + 1; j < meaningful.length; j++) {
        if (!isStray(meaningful[j]) || meaningful[j].tabbed) {
          next = meaningful[j];
          break;
        }
      }
      const opensSection =
        next !== undefined &&
        !DATE_LINE.test(next.content) &&
        (next.tabbed || markerOf(next.content) !== null || isBodyLike(next));
      if (opensSection && seenBody) {
        kinds[r.index] = 'heading';
        r.marker = {
          kind: 'unnumbered',
          text: '',
          style: '',
          value: null,
          rank: 0,
          start: 0,
          end: 0,
          titleStart: 0,
        };
      } else {
        kinds[r.index] = 'other';
      }
      continue;
    }
    kinds[r.index] = 'body';
    seenBody = true;
  }
  markTitle(raw, kinds);
  markFirstSectionHeading(meaningful, kinds);
  markSubtitles(meaningful, kinds);
  demoteInterruptingHeadings(meaningful, kinds);
  markTableHeadings(raw, kinds);
  return kinds;
}

/** The title is the first front line that names the genre (or else the first that is not an organisation name). */
function markTitle(raw: RawLine[], kinds: (ParagraphKind | null)[]): void {
  const front = raw.filter((r) => kinds[r.index] === 'front');
  if (!front.length) return;
  const candidates = front.filter((r) => !/^(——|—|[（(])/.test(r.content) && !DATE_LINE.test(r.content));
  const first =
    candidates.find((r) => GENRE.test(r.content)) ??
    candidates.find((r) => !ORGANISATION.test(r.content)) ??
    candidates[0];
  if (!first) return;
  kinds[first.index] = 'title';
  // A title broken over two adjacent lines: 关于2020年度工作总结和2021年 / 工作计划的报告
  const next = raw[first.index + 1];
  if (next && kinds[next.index] === 'front' && !/^(——|—|[（(])/.test(next.content) && !DATE_LINE.test(next.content)) {
    if (!GENRE.test(first.content.slice(-2)) || GENRE.test(next.content)) kinds[next.index] = 'title';
  }
}

/** A short front line right before the first prose, after the title, heads the first section (2020年工作回顾). */
function markFirstSectionHeading(meaningful: RawLine[], kinds: (ParagraphKind | null)[]): void {
  const firstBody = meaningful.findIndex((r) => kinds[r.index] === 'body');
  if (firstBody < 0 || !meaningful.slice(0, firstBody).some((r) => kinds[r.index] === 'title')) return;
  for (let k = firstBody - 1; k >= 0; k--) {
    const r = meaningful[k];
    const kind = kinds[r.index];
    if (kind === 'title' || kind === 'salutation') return;
    if (kind !== 'front') continue;
    if (!CJK.test(r.content) || /^\d{1,3}$/.test(r.content) || /^(——|—|[（(])/.test(r.content) || DATE_LINE.test(r.content)) continue;
    if (r.content.length > SHORT_LINE) return;
    kinds[r.index] = 'heading';
    r.marker = { kind: 'unnumbered', text: '', style: '', value: null, rank: 0, start: 0, end: 0, titleStart: 0 };
    return;
  }
}

/**
 * A line with no sentence end that leads what follows is not prose: up to 50 characters before a heading
 * (坚决贯彻…不断增强), or a short one before a paragraph (第一，进一步稳定和加强农业).
 */
function markSubtitles(meaningful: RawLine[], kinds: (ParagraphKind | null)[]): void {
  for (let k = 0; k < meaningful.length - 1; k++) {
    const r = meaningful[k];
    const length = r.content.length;
    if (kinds[r.index] !== 'body' || length > 50 || /[。！？；…”’）)》」：:，,、]$/.test(r.content)) continue;
    let next = k + 1;
    while (next < meaningful.length && kinds[meaningful[next].index] === 'other') next++;
    const nextKind = next < meaningful.length ? kinds[meaningful[next].index] : null;
    if (nextKind === 'heading' || (nextKind === 'body' && length <= 30)) kinds[r.index] = 'subtitle';
  }
}

/**
 * An unnumbered line taken for a section heading is not one when the numbering it seems to close goes on
 * after it (一、… 粗体文字 … 二、): it would otherwise cut the numbered section in two.
 */
function demoteInterruptingHeadings(meaningful: RawLine[], kinds: (ParagraphKind | null)[]): void {
  const last = new Map<string, number>();
  for (let k = 0; k < meaningful.length; k++) {
    const r = meaningful[k];
    if (kinds[r.index] !== 'heading' || !r.marker || r.tabbed) continue;
    if (r.marker.kind !== 'unnumbered') {
      if (r.marker.value !== null) last.set(r.marker.kind, r.marker.value);
      continue;
    }
    for (let j = k + 1; j < meaningful.length; j++) {
      const n = meaningful[j];
      if (kinds[n.index] !== 'heading' || !n.marker || n.tabbed) continue;
      if (n.marker.kind === 'unnumbered') continue;
      const before = last.get(n.marker.kind);
      if (before === undefined) continue;
      if (n.marker.value === before + 1) {
        kinds[r.index] = 'subtitle';
        r.marker = null;
      }
      break;
    }
  }
}

/** In a table, a cell "一、学会学术10个重大活动" heads a group and a cell holding only a number heads a row. */
function markTableHeadings(raw: RawLine[], kinds: (ParagraphKind | null)[]): void {
  for (const r of raw) {
    if (kinds[r.index] !== 'table') continue;
    const m = markerOf(r.content);
    if (m && m.kind !== 'bold') {
      r.marker = m;
      kinds[r.index] = 'heading';
    } else if (/^\d{1,3}$/.test(r.content)) {
      r.marker = {
        kind: 'arabic',
        text: r.content,
        style: '',
        value: Number(r.content),
        rank: 3,
        start: 0,
        end: r.content.length,
        titleStart: r.content.length,
      };
      kinds[r.index] = 'heading';
    }
  }
}

function makeHeading(r: RawLine, raw: RawLine[], kinds: (ParagraphKind | null)[]): Heading {
  const m = r.marker!;
  const base = r.start + r.contentStart;
  const inTable = r.tabbed || kinds[r.index - 1] === 'table' || (m.kind === 'arabic' && m.style === '');
  let titleStart: number;
  let titleEnd: number;
  if (m.kind === 'unnumbered') {
    titleStart = base;
    titleEnd = base + r.content.length;
  } else if (inTable && m.kind === 'arabic' && m.style === '') {
    // A row number: the row's title is the next cell.
    const nextCell = raw.slice(r.index + 1).find((x) => !x.blank);
    titleStart = nextCell && kinds[nextCell.index] === 'table' ? nextCell.start + nextCell.contentStart : base + m.end;
    titleEnd = nextCell && kinds[nextCell.index] === 'table' ? titleStart + nextCell.content.length : titleStart;
  } else {
    titleStart = base + m.titleStart;
    if (m.titleEnd !== undefined) {
      titleEnd = base + m.titleEnd;
    } else {
      const rest = r.content.slice(m.titleStart);
      titleEnd = titleStart + titleLength(rest);
    }
  }
  const text = (s: number, e: number) => {
    // Offsets into the whole text: recover from the raw line.
    const from = s - r.start;
    const to = e - r.start;
    if (from >= 0 && to <= r.text.length) return r.text.slice(from, to);
    const cell = raw.find((x) => x.start <= s && s < x.start + x.text.length + 1);
    return cell ? cell.text.slice(s - cell.start, e - cell.start) : '';
  };
  return {
    marker: {
      kind: m.kind,
      text: m.text,
      style: m.style,
      value: m.value,
      span: { start: base + m.start, end: base + m.end },
    },
    rank: m.rank,
    title: text(titleStart, titleEnd),
    titleSpan: { start: titleStart, end: titleEnd },
    span: { start: r.start, end: r.start + r.text.length },
    line: r.index,
    inTable,
    children: [],
    parent: null,
    sectionEnd: 0,
  };
}

/** A title runs to its first 。！？； or to an enumeration that starts the body, whichever comes first. */
function titleLength(rest: string): number {
  const stop = /[。！？；!?;]|(?<=[^一二三四五六七八九十])[一二三四五六七八九十]是(?=[^的否])/.exec(rest);
  let end = stop ? stop.index : rest.length;
  while (end > 0 && /[\s\u3000：:]/.test(rest[end - 1])) end--;
  return end;
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

const NUMERAL_CHARS = '一二三四五六七八九十';
/** Characters an enumeration marker may follow: the start of a clause. */
const SHI_BEFORE = '。；！？：，,;: \t\u3000';
const DI_BEFORE = '。；！？： \t\u3000';

/** 一是 … 九是 and 第一，… : found by scanning for 是 and 第, cheaper than a look-behind regex at every position. */
function findEnumerations(text: string, paragraphs: Paragraph[]): EnumerationItem[] {
  const items: EnumerationItem[] = [];
  paragraphs.forEach((p, paragraphIndex) => {
    if (p.kind !== 'body' && p.kind !== 'heading') return;
    const { start: from, end: to } = p.bodySpan;
    for (let i = text.indexOf('是', from); i >= 0 && i < to; i = text.indexOf('是', i + 1)) {
      let j = i;
      while (j > from && i - j < 3 && NUMERAL_CHARS.includes(text[j - 1])) j--;
      if (j === i || (j > from && !SHI_BEFORE.includes(text[j - 1])) || (j > from && NUMERAL_CHARS.includes(text[j - 1]))) continue;
      if (text[i + 1] === '的' || text[i + 1] === '否') continue;
      const value = parseChineseNumeral(text.slice(j, i));
      if (value > 0 && value <= 30) items.push({ kind: 'shi', value, text: text.slice(j, i + 1), span: { start: j, end: i + 1 }, paragraphIndex });
    }
    for (let i = text.indexOf('第', from); i >= 0 && i < to; i = text.indexOf('第', i + 1)) {
      if (i > from && !DI_BEFORE.includes(text[i - 1])) continue;
      let k = i + 1;
      while (k < to && k - i <= 3 && NUMERAL_CHARS.includes(text[k])) k++;
      if (k === i + 1 || k - i > 4 || !'，,、：:'.includes(text[k] ?? '')) continue;
      const value = parseChineseNumeral(text.slice(i + 1, k));
      if (value > 0 && value <= 30) items.push({ kind: 'di', value, text: text.slice(i, k), span: { start: i, end: k }, paragraphIndex });
    }
  });
  return items.sort((a, b) => a.span.start - b.span.start);
}
