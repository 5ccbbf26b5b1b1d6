import type { Paragraph, ReportDocument, Span } from '../model/report-document';
import { parseChineseNumeral } from '../parse/chinese-numerals';
import { extractFigures, formatNumber, formatRange, type Figure, type Interval } from '../parse/figures';
import { enumerationGroups } from './numbering';
import { proseParagraphs } from './prose';

export type CheckKind = 'sum' | 'part' | 'percent' | 'count';

/** One arithmetic claim the text makes, and whether it holds. */
export interface FigureCheck {
  kind: CheckKind;
  ok: boolean;
  /** The figure or phrase that makes the claim (the total, the percentage, the stated count). */
  span: Span;
  /** The arithmetic, shown on hover: "5 + 6 + 4 = 15 ≠ 20余 (20–30)". */
  detail: string;
  message: string;
  related?: { span: Span; message: string }[];
}

const overlaps = (a: Interval, b: Interval) => a.lo <= b.hi + 1e-9 && b.lo <= a.hi + 1e-9;
const sum = (fs: Figure[]): Interval => fs.reduce((acc, f) => ({ lo: acc.lo + f.range.lo, hi: acc.hi + f.range.hi }), { lo: 0, hi: 0 });
const show = (f: Figure) => (f.approximate ? `${f.raw}（${formatRange(f.range)}）` : formatNumber(f.value));

const cache = new WeakMap<ReportDocument, FigureCheck[]>();

/** Every arithmetic claim in the document, checked (once a document: four rules and the hover share it). */
export function figureChecks(doc: ReportDocument): FigureCheck[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const checks: FigureCheck[] = [];
  cache.set(doc, checks);
  for (const p of proseParagraphs(doc)) {
    for (const s of p.sentences) {
      const figures = extractFigures(doc.text, s.span);
      if (figures.length) {
        checkSums(doc.text, s.span, figures, checks);
        checkPercents(doc.text, figures, checks);
      }
      checkRanks(doc.text, s.span, checks);
    }
  }
  checkCounts(doc, checks);
  return checks;
}

/** Parts listed and then totalled: "A 5场、B 6场、C 4场，共计20余场次". Also "共N…，其中A、B" parts within the whole. */
function checkSums(text: string, sentence: Span, figures: Figure[], out: FigureCheck[]): void {
  figures.forEach((total, i) => {
    const lead = text.slice(Math.max(sentence.start, total.span.start - 6), total.span.start);
    // The total word sits right before the figure, allowing a few characters for its object (共计服务…).
    const totalWord = /(共计|合计|总计|累计|总共|共有)[^，。；、\d]{0,4}$|共[^，。；、\d]{0,2}$/.test(lead);
    const whichFollows = /^[^，。；\d]{0,6}[，,]\s*其中/.test(text.slice(total.span.end, sentence.end));
    if (!totalWord && !whichFollows) return;
    // Parts: the figures of the same unit just before, in one run of 、/，-separated clauses.
    // A listed part follows the one before after a 、 (部门协调会5场、业务培训会6场); one comma may lead to the total.
    const parts: Figure[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const f = figures[j];
      const between = text.slice(f.span.end, (parts[0] ?? total).span.start);
      if (/[；;。]|其中|到|至/.test(between) || f.unit !== total.unit) break;
      const commas = (between.match(/[，,]/g) ?? []).length;
      if (parts.length ? commas > 0 : commas > 1) break;
      parts.unshift(f);
    }
    if (totalWord && parts.length >= 2) {
      const total$ = sum(parts);
      const ok = overlaps(total$, total.range);
      const arithmetic = `${parts.map(show).join(' + ')} = ${formatRange(total$)} ${ok ? '✓' : `≠ ${show(total)}`}`;
      out.push({
        kind: 'sum',
        ok,
        span: total.span,
        detail: arithmetic,
        message: ok ? arithmetic : `各项相加为 ${formatRange(total$)}${total.unitText}，与「${total.raw}」不符（${arithmetic}）。`,
        related: parts.map((f) => ({ span: f.span, message: `分项 ${f.raw}` })),
      });
    }
    // 共N…，其中 A、B: each part lies within the whole (the parts need not be all of it, nor add up: 其中 may
    // list some). Not for averages or changes (年均2040亿元，其中去年2573亿元; 增加1500亿元，其中…), nor rates.
    const rest = text.slice(total.span.end, sentence.end);
    const whichIdx = rest.indexOf('其中');
    if (whichIdx < 0 || /[；;。]/.test(rest.slice(0, whichIdx)) || total.unit === '%' || total.unit === '个百分点') return;
    if (/(年均|平均|每年|人均|户均|增加|减少|增长|提高|下降|降低|比|较|多|少)[^，。；\d]{0,6}$/.test(lead)) return;
    const clauseEnd = rest.slice(whichIdx).search(/[；;。]/);
    const windowEnd = total.span.end + whichIdx + (clauseEnd < 0 ? rest.length - whichIdx : clauseEnd);
    const members = figures.filter(
      (f) =>
        f.span.start > total.span.end + whichIdx &&
        f.span.end <= windowEnd &&
        f.unit === total.unit &&
        !/(到|至|由|从)$/.test(text.slice(Math.max(0, f.span.start - 3), f.span.start)),
    );
    for (const part of members) {
      const ok = part.range.lo <= total.range.hi + 1e-9;
      const detail = `${show(part)} ${ok ? '≤' : '>'} ${show(total)}`;
      out.push({
        kind: 'part',
        ok,
        span: part.span,
        detail,
        message: ok ? detail : `“其中”的「${part.raw}」超过了总数「${total.raw}」。`,
        related: [{ span: total.span, message: `总数 ${total.raw}` }],
      });
    }
  });
}

/** "在183个县(区)中排第13位": a rank cannot exceed the number ranked. */
function checkRanks(text: string, sentence: Span, out: FigureCheck[]): void {
  const re = /(?<!\d)(\d{1,6})个[^，。；\d]{1,10}?中[^，。；\d]{0,6}?第(\d{1,6})(?:位|名)/g;
  const slice = text.slice(sentence.start, sentence.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const n = Number(m[1]);
    const rank = Number(m[2]);
    const ok = rank <= n;
    const at = sentence.start + m.index + m[0].lastIndexOf('第');
    const detail = `第 ${rank} 位 ${ok ? '≤' : '>'} 共 ${n} 个`;
    out.push({
      kind: 'part',
      ok,
      span: { start: at, end: sentence.start + m.index + m[0].length },
      detail,
      message: ok ? detail : `名次「第${rank}」超过了参与排名的总数 ${n} 个。`,
    });
  }
}

const CHANGE_UP = /^(提高|增长|增加|上升|上涨|提升|扩大)了?$/;
const CHANGE_DOWN = /^(下降|减少|降低|下滑|回落|缩小)了?$/;

/**
 * Percentage changes that must follow from two figures: "由A增加到B，增长X%", "B，较…的A提高了X%",
 * and percentage points: "由10.5%提高到12.3%，提高1.8个百分点".
 */
function checkPercents(text: string, figures: Figure[], out: FigureCheck[]): void {
  figures.forEach((x, i) => {
    if (x.unit !== '%' && x.unit !== '个百分点') return;
    const verbText = text.slice(Math.max(0, x.span.start - 8), x.span.start).replace(/[\s*\u3000]+/g, '').slice(-4).replace(/^.*?(提高|增长|增加|上升|上涨|提升|扩大|下降|减少|降低|下滑|回落|缩小)/, '$1');
    const up = CHANGE_UP.test(verbText);
    const down = CHANGE_DOWN.test(verbText);
    if (!up && !down) return;
    // Find A and B before X in the same sentence: "由A…到B" or "B，较/比…A".
    const earlier = x.unit === '个百分点' ? figures.slice(0, i).filter((f) => f.unit === '%') : figures.slice(0, i);
    let a: Figure | undefined;
    let b: Figure | undefined;
    for (let j = earlier.length - 1; j >= 1 && !a; j--) {
      const first = earlier[j - 1];
      const second = earlier[j];
      if (first.unit !== second.unit) continue;
      if (x.unit === '%' && first.unit === '个百分点') continue;
      const between = text.slice(first.span.end, second.span.start);
      const beforeFirst = text.slice(Math.max(0, first.span.start - 12), first.span.start);
      if (/(增加|提高|增长|上升|下降|减少|降低|提升|扩大|回落)(到|至)/.test(between) && /(由|从)[^，。；]{0,12}$/.test(beforeFirst)) {
        a = first;
        b = second;
      } else if (/(较|比)[^，。；]{0,14}$/.test(between) && /^[^，,。；;\d]{0,6}$/.test(text.slice(second.span.end, x.span.start).replace(/[\s*\u3000]+/g, ''))) {
        a = second;
        b = first;
      }
    }
    if (!a || !b) return;
    // The change is stated right after the second figure (", 增长X%" or " 提高了X%"), and is not an average.
    const gap = text.slice(Math.max(a.span.end, b.span.end), x.span.start).replace(/[\s*\u3000]+/g, '');
    if (!/^[，,]?[^，,。；;\d]{0,6}$/.test(gap) || /年均|平均|每年|实际|同比|环比|按可比/.test(gap)) return;
    const sign = up ? 1 : -1;
    let expected: Interval;
    let detail: string;
    if (x.unit === '个百分点') {
      if (a.unit !== '%') return;
      expected = { lo: b.range.lo - a.range.hi, hi: b.range.hi - a.range.lo };
      detail = `${formatNumber(b.value)}% − ${formatNumber(a.value)}% = ${formatRange(round(expected, 2))} 个百分点`;
    } else {
      if (a.range.lo <= 0) return;
      const r1 = ((b.range.lo - a.range.hi) / a.range.hi) * 100;
      const r2 = ((b.range.hi - a.range.lo) / a.range.lo) * 100;
      expected = { lo: Math.min(r1, r2), hi: Math.max(r1, r2) };
      detail = `(${formatNumber(b.value)} − ${formatNumber(a.value)}) ÷ ${formatNumber(a.value)} = ${formatRange(round(expected, 2))}%`;
    }
    const stated = { lo: sign * x.range.lo, hi: sign * x.range.hi };
    const statedRange = { lo: Math.min(stated.lo, stated.hi), hi: Math.max(stated.lo, stated.hi) };
    const ok = overlaps(expected, statedRange);
    out.push({
      kind: 'percent',
      ok,
      span: x.span,
      detail: `${detail} ${ok ? '✓' : `≠ ${up ? '' : '−'}${x.raw}`}`,
      message: ok
        ? detail
        : `按「${a.raw}」与「${b.raw}」计算，变化为 ${formatRange(round(expected, 2))}${x.unit === '个百分点' ? '个百分点' : '%'}，与「${x.raw}」不符。`,
      related: [
        { span: a.span, message: `基数 ${a.raw}` },
        { span: b.span, message: `现数 ${b.raw}` },
      ],
    });
  });
}

function round(r: Interval, digits: number): Interval {
  const f = 10 ** digits;
  return { lo: Math.round(r.lo * f) / f, hi: Math.round(r.hi * f) / f };
}

const COUNT_CLAIM = /(?:["“]?([一二三四五六七八九十两]|\d{1,2})(?:个|项|大|条|种|类|件|方面)["”]?)([^，。；：:、\d]{0,8}?)(?=[：:]|，?即[：:]?)/g;

/**
 * A stated number of items against the items that follow: "4个方面：一是…四是", "三项任务：A、B、C",
 * "“四大”平台，即：A、B、C、D"; and a heading "学会学术10个重大活动" against its rows.
 */
function checkCounts(doc: ReportDocument, out: FigureCheck[]): void {
  const paragraphs = doc.paragraphs;
  const groups = enumerationGroups(doc);
  for (const p of proseParagraphs(doc)) {
    const body = doc.text.slice(p.bodySpan.start, p.bodySpan.end);
    COUNT_CLAIM.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = COUNT_CLAIM.exec(body))) {
      const n = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
      const claimStart = p.bodySpan.start + m.index;
      const before = doc.text[claimStart - 1] ?? '';
      if (n < 2 || before === '第' || before === '、' || /[”"]/.test(doc.text[claimStart + m[0].length - 1]) && before === '、') continue;
      const claimEnd = claimStart + m[0].length;
      const afterText = doc.text.slice(claimEnd, p.bodySpan.end).replace(/^，?即?[：:]?/, '');
      const afterStart = p.bodySpan.end - afterText.length;
      // An enumeration that starts right after the claim (same paragraph or the next).
      const group = groups.find((g) => g[0].value === 1 && g[0].span.start >= claimEnd && g[0].span.start - claimEnd <= 8 + (startsNextParagraph(paragraphs, p, g[0].span.start) ? 200 : 0));
      let count: number | undefined;
      let items: Span[] = [];
      if (group) {
        count = group.length;
        items = group.map((g) => g.span);
      } else {
        const list = /^([^。；！？]+?)(?:[。；！？]|$)/.exec(afterText);
        if (list && list[1].includes('、')) {
          const parts = list[1].split('、').filter((s) => s.trim());
          if (parts.every((s) => s.length <= 24)) {
            count = parts.length;
            items = [{ start: afterStart, end: afterStart + list[1].length }];
          }
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
  // A heading that announces its rows: 学会学术10个重大活动.
  for (const h of doc.headings) {
    const claim = /(?<![第\d一二三四五六七八九十])(\d{1,3}|[一二三四五六七八九十]{1,3})(?:个|项|件|条)/.exec(h.title);
    if (h.paragraph || !claim || !h.children.length || !h.children.every((c) => c.marker.kind === h.children[0].marker.kind)) continue;
    const n = /\d/.test(claim[1]) ? Number(claim[1]) : parseChineseNumeral(claim[1]);
    const count = h.children.length;
    const ok = n === count;
    const start = h.titleSpan.start + claim.index;
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
