import { formatNumber, formatRange, type Figure, type Interval } from '../parse/figures';
import { overlaps, round, type FigureCheck } from './figure-arithmetic';

const CHANGE_UP = /^(提高|增长|增加|上升|上涨|提升|扩大)了?$/;
const CHANGE_DOWN = /^(下降|减少|降低|下滑|回落|缩小)了?$/;

/**
 * Percentage changes that must follow from two figures: "由A增加到B，增长X%", "B，较…的A提高了X%",
 * and percentage points: "由10.5%提高到12.3%，提高1.8个百分点".
 */
export function checkPercents(text: string, figures: Figure[], out: FigureCheck[]): void {
  figures.forEach((x, i) => {
    if (x.unit !== '%' && x.unit !== '个百分点') return;
    const verbText = text
      .slice(Math.max(0, x.span.start - 8), x.span.start)
      .replace(/[\s*\u3000]+/g, '')
      .slice(-4)
      .replace(/^.*?(提高|增长|增加|上升|上涨|提升|扩大|下降|减少|降低|下滑|回落|缩小)/, '$1');
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
      } else if (
        /(较|比)[^，。；]{0,14}$/.test(between) &&
        /^[^，,。；;\d]{0,6}$/.test(text.slice(second.span.end, x.span.start).replace(/[\s*\u3000]+/g, ''))
      ) {
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
