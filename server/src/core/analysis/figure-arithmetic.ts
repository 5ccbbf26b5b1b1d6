import type { Span } from '../model/report-document';
import { formatNumber, formatRange, type Figure, type Interval } from '../parse/figures';

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

export const overlaps = (a: Interval, b: Interval) => a.lo <= b.hi + 1e-9 && b.lo <= a.hi + 1e-9;
export const sum = (fs: Figure[]): Interval =>
  fs.reduce((acc, f) => ({ lo: acc.lo + f.range.lo, hi: acc.hi + f.range.hi }), { lo: 0, hi: 0 });
export const show = (f: Figure) => (f.approximate ? `${f.raw}（${formatRange(f.range)}）` : formatNumber(f.value));

export function round(r: Interval, digits: number): Interval {
  const f = 10 ** digits;
  return { lo: Math.round(r.lo * f) / f, hi: Math.round(r.hi * f) / f };
}
