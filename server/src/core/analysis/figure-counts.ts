import type { Paragraph, ReportDocument, Span } from '../model/report-document';
import { NUMERAL_NAMES } from '../data/numeral-names';
import { parseChineseNumeral } from '../parse/chinese-numerals';
import type { FigureCheck } from './figure-arithmetic';
import { enumerationGroups } from './numbering';
import { TextCache } from '../text/text-cache';
import { proseParagraphs } from './prose';

const NAME_AHEAD = new RegExp(`^(?:${NUMERAL_NAMES.join('|')})`);
const OPENING_QUOTE = /[“"‘「]/;
const CLOSING_QUOTE = /[”"’」]/;

/**
 * Whether a count at `start` (through its counter at `counterEnd`) is part of a name, not a count of items:
 * a known name (三个代表), or a quotation opened before the numeral that goes on past the counter (“三个代表”重要思想,
 * unlike “四大”平台, where the quotation holds only the count).
 */
function isName(text: string, start: number, counterEnd: number): boolean {
  if (NAME_AHEAD.test(text.slice(start, start + 8))) return true;
  return OPENING_QUOTE.test(text[start - 1] ?? '') && !CLOSING_QUOTE.test(text[counterEnd] ?? '');
}

/** Items in the passage after a claim's colon: ；-separated clauses, or a 、-list of short, parallel names. */
function listedItems(afterText: string): { count: number; length: number } | undefined {
  const passage = /^[^。！？]+/.exec(afterText)?.[0] ?? '';
  if (passage.includes('；')) {
    const clauses = passage.split('；').filter((s) => s.trim());
    return clauses.length >= 2 ? { count: clauses.length, length: passage.length } : undefined;
  }
  const list = /^([^。；！？]+?)(?:[。；！？]|$)/.exec(afterText);
  if (!list || !list[1].includes('、')) return undefined;
  const parts = list[1].split('、').filter((s) => s.trim());
  // 一方面是教育、科学、文化…: a list inside the first item's clause counts that item's parts, not the items.
  if (/是|为|有/.test(parts[0]) || parts.some((s) => s.length > 24)) return undefined;
  return { count: parts.length, length: list[1].length };
}

/** After the numbered items, more items in another form (一类是…另一类是…): the numbered ones are not all of them. */
const MORE_ITEMS = /(?:另)?一(?:类|种|方面)是|其[二三四五六七八九]/;

/** A count in a heading's title; the last one is the title's head when only its noun follows. */
const TITLE_COUNT = /(?<![第\d一二三四五六七八九十])(\d{1,3}|[一二三四五六七八九十]{1,3})(?:个|项|件|条)/g;

const COUNT_CLAIM =
  /(?:["“]?([一二三四五六七八九十两]|\d{1,2})(?:个|项|大|条|种|类|件|方面)["”]?)([^，。；：:、\d]{0,8}?)(?=[：:]|，?即[：:]?)/g;

interface CountClaim {
  /** Offset in the paragraph body. */
  index: number;
  /** The whole match, its numeral, and the words between the counter and the colon. */
  text: string;
  numeral: string;
  noun: string;
}

/** A body's count claims, read once per distinct body: the editor checks them again after every edit. */
const claimCache = new TextCache<CountClaim[]>();
const claimsIn = (body: string): CountClaim[] =>
  [...body.matchAll(COUNT_CLAIM)].map((m) => ({ index: m.index, text: m[0], numeral: m[1], noun: m[2] }));

/**
 * A stated number of items against the items that follow: "4个方面：一是…四是", "三项任务：A、B、C",
 * "“四大”平台，即：A、B、C、D"; and a heading "学会学术10个重大活动" against its rows.
 */
export function checkCounts(doc: ReportDocument, out: FigureCheck[]): void {
  const paragraphs = doc.paragraphs;
  const groups = enumerationGroups(doc);
  for (const p of proseParagraphs(doc)) {
    for (const claim of claimCache.get(doc.text.slice(p.bodySpan.start, p.bodySpan.end), claimsIn)) {
      const n = /\d/.test(claim.numeral) ? Number(claim.numeral) : parseChineseNumeral(claim.numeral);
      const claimStart = p.bodySpan.start + claim.index;
      const before = doc.text[claimStart - 1] ?? '';
      if (n < 2 || before === '第' || before === '、' || (/[”"]/.test(doc.text[claimStart + claim.text.length - 1]) && before === '、'))
        continue;
      const claimEnd = claimStart + claim.text.length;
      const head = claim.text.slice(0, claim.text.length - claim.noun.length);
      const numeralStart = claimStart + (/^["“]/.test(head) ? 1 : 0);
      if (isName(doc.text, numeralStart, claimStart + head.length - (/["”]$/.test(head) ? 1 : 0))) continue;
      const afterText = doc.text.slice(claimEnd, p.bodySpan.end).replace(/^，?即?[：:]?/, '');
      const afterStart = p.bodySpan.end - afterText.length;
      // An enumeration that starts right after the claim (same paragraph or the next).
      const group = groups.find(
        (g) =>
          g[0].value === 1 &&
          g[0].span.start >= claimEnd &&
          g[0].span.start - claimEnd <= 8 + (startsNextParagraph(paragraphs, p, g[0].span.start) ? 200 : 0),
      );
      let count: number | undefined;
      let items: Span[] = [];
      if (group) {
        // A lone 一是 (一是…；一是…, as older texts write) numbers nothing; items may go on in another form.
        const last = group[group.length - 1].span.end;
        if (group.length < 2 || (group.length < n && MORE_ITEMS.test(doc.text.slice(last, p.bodySpan.end)))) continue;
        count = group.length;
        items = group.map((g) => g.span);
      } else {
        const listed = listedItems(afterText);
        if (listed) {
          count = listed.count;
          items = [{ start: afterStart, end: afterStart + listed.length }];
        }
      }
      if (count === undefined) continue;
      const ok = count === n;
      out.push({
        kind: 'count',
        ok,
        span: { start: claimStart, end: claimEnd },
        detail: `说 ${n} 项，列出 ${count} 项 ${ok ? '✓' : '✗'}`,
        message: ok ? `${n} 项 ✓` : `这里说有 ${n} 项，后面列出的是 ${count} 项。`,
        related: items.slice(0, 1).map((s) => ({ span: s, message: '列出的各项' })),
      });
    }
  }
  // A heading that announces its rows: 学会学术10个重大活动. The counted noun ends the title: 打好四个现代化的
  // 第一个战役 and 贯彻“三个代表”重要思想 count nothing below them.
  for (const h of doc.headings) {
    if (h.paragraph || !h.children.length || !h.children.every((c) => c.marker.kind === h.children[0].marker.kind)) continue;
    const claim = [...h.title.matchAll(TITLE_COUNT)].pop();
    if (!claim || /[的“”"‘’，、]/.test(h.title.slice(claim.index + claim[0].length))) continue;
    const start = h.titleSpan.start + claim.index;
    if (isName(doc.text, start, start + claim[0].length)) continue;
    const n = /\d/.test(claim[1]) ? Number(claim[1]) : parseChineseNumeral(claim[1]);
    const count = h.children.length;
    const ok = n === count;
    out.push({
      kind: 'count',
      ok,
      span: { start, end: start + claim[0].length },
      detail: `标题说 ${n} 项，其下列出 ${count} 项 ${ok ? '✓' : '✗'}`,
      message: ok ? `${n} 项 ✓` : `标题说有 ${n} 项，其下列出的是 ${count} 项。`,
    });
  }
}

const paragraphIndex = new WeakMap<Paragraph[], Map<Paragraph, number>>();

function startsNextParagraph(paragraphs: Paragraph[], p: Paragraph, offset: number): boolean {
  let index = paragraphIndex.get(paragraphs);
  if (!index) paragraphIndex.set(paragraphs, (index = new Map(paragraphs.map((q, i) => [q, i]))));
  const next = paragraphs[index.get(p)! + 1];
  return next !== undefined && next.span.start <= offset && offset < next.span.end;
}
