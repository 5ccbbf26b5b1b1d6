import type { Span } from '../model/report-document';
import { formatRange, type Figure } from '../parse/figures';
import { overlaps, show, sum, type FigureCheck } from './figure-arithmetic';

/** Parts listed and then totalled: "A 5场、B 6场、C 4场，共计20余场次". Also "共N…，其中A、B" parts within the whole. */
export function checkSums(text: string, sentence: Span, figures: Figure[], out: FigureCheck[]): void {
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

const DI = '第'.charCodeAt(0);
/** A rank among a stated number: 在183个县(区)中排第13位. */
const RANK = /(?<!\d)(\d{1,6})个[^，。；\d]{1,10}?中[^，。；\d]{0,6}?第(\d{1,6})(?:位|名)/g;

/** "在183个县(区)中排第13位": a rank cannot exceed the number ranked. */
export function checkRanks(text: string, sentence: Span, out: FigureCheck[]): void {
  // Every sentence is asked, few hold a rank: one without a 第 is answered without cutting it out.
  let di = sentence.start;
  while (di < sentence.end && text.charCodeAt(di) !== DI) di++;
  if (di === sentence.end) return;
  const re = RANK;
  re.lastIndex = 0;
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
