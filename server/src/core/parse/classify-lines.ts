import type { ParagraphKind } from '../model/report-document';
import { CJK, DATE_LINE, SENTENCE_PUNCT, SHORT_LINE, markerOf, unnumberedMarker, type RawLine } from './raw-lines';

const GENRE = /报告|总结|要点|通知|计划|讲话|回顾|安排|方案|规划|汇报|发言|纪要/;
const ORGANISATION = /(协会|委员会|政府|局|厅|办公室|学会|基金会|集团|公司|中心|科协)$/;

/** What each line is: title, front matter, heading, body, table … (null for blank lines). */
export function classifyLines(raw: RawLine[]): (ParagraphKind | null)[] {
  const kinds: (ParagraphKind | null)[] = raw.map(() => null);
  const meaningful = raw.filter((r) => !r.blank);
  let seenBody = false;
  let inTable = false;
  const isStray = (r: RawLine) => !CJK.test(r.content) || /^[·•●○■□◆◇]/.test(r.content) || /^\d{1,3}$/.test(r.content);
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
        next !== undefined && !DATE_LINE.test(next.content) && (next.tabbed || markerOf(next.content) !== null || isBodyLike(next));
      if (opensSection && seenBody) {
        kinds[r.index] = 'heading';
        r.marker = unnumberedMarker();
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
  const first = candidates.find((r) => GENRE.test(r.content)) ?? candidates.find((r) => !ORGANISATION.test(r.content)) ?? candidates[0];
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
    r.marker = unnumberedMarker();
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
