import type { Span } from '../model/report-document';
import { TextCache } from '../text/text-cache';
import { parseChineseNumeral } from './chinese-numerals';

/** A closed interval of possible values: exact figures have lo === hi. */
export interface Interval {
  lo: number;
  hi: number;
}

export interface Figure {
  span: Span;
  raw: string;
  /** The value as written, after 万/亿 (8000万 -> 80,000,000). */
  value: number;
  /** What the figure may mean, given rounding and 余/多/近/约. */
  range: Interval;
  approximate: boolean;
  /** '%', '个百分点', or the counter/unit family: 元, 人, 人次, 场, 个, 项, 家, 篇 … ('' when none). */
  unit: string;
  /** The unit as written (万元, 场次). */
  unitText: string;
}

const CN = '〇零一二两三四五六七八九十百千';
/** Counters and units; longer first so 人次 wins over 人. */
const UNITS = [
  '个百分点',
  '百分点',
  '人次',
  '场次',
  '户次',
  '批次',
  '架次',
  '余人',
  '万元',
  '亿元',
  '千元',
  '元',
  '人',
  '名',
  '位',
  '场',
  '次',
  '个',
  '项',
  '家',
  '篇',
  '件',
  '所',
  '座',
  '处',
  '条',
  '期',
  '批',
  '届',
  '户',
  '村',
  '镇',
  '乡',
  '县',
  '套',
  '台',
  '辆',
  '吨',
  '亩',
  '公里',
  '千米',
  '米',
  '平方米',
  '部',
  '本',
  '册',
  '种',
  '类',
  '支',
  '队',
  '站',
  '册',
  '课时',
  '学时',
  '小时',
  '天',
  '篇次',
  '幅',
  '份',
  '节',
  '门',
  '间',
  '单位',
  '所',
  '根',
];
/** Units that measure the same thing. */
const FAMILY: Record<string, string> = {
  名: '人',
  位: '人',
  场次: '场',
  万元: '元',
  亿元: '元',
  千元: '元',
  百分点: '个百分点',
  千米: '公里',
  篇次: '篇',
};
/** Magnitudes after which the unit may be left out: 2万, 1.2亿. */
const BARE_MAGNITUDE: ReadonlySet<string | undefined> = new Set(['万', '亿', '万亿']);
const MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3, 万亿: 1e12 };
const UNIT_MULTIPLIER: Record<string, number> = { 万元: 1e4, 亿元: 1e8, 千元: 1e3 };

const NUMBER = `(?:(?<![\\d.,])\\d{1,15}(?:,\\d{3}){0,5}(?:\\.\\d{1,8})?|[${CN}]{1,8})`;
const FIGURE = new RegExp(`(近|约|超过|逾|大约)?(${NUMBER})(万亿|万|亿|千)?(余|多)?(${UNITS.map(escape).join('|')}|%|％)?(左右)?`, 'g');

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Half a unit of the last written digit: 1.2 -> 0.05, 120 -> 0.5. */
function halfUnit(raw: string): number {
  const dot = raw.indexOf('.');
  return dot < 0 ? 0.5 : 0.5 * 10 ** -(raw.length - dot - 1);
}

/** The step 余/多 adds: 120余 -> up to 130, 1800余 -> up to 1900, 12余 -> up to 13. */
function approximationStep(value: number): number {
  if (value < 10) return 1;
  let step = 1;
  let v = value;
  while (v % 10 === 0 && v >= 10) {
    v /= 10;
    step *= 10;
  }
  return step;
}

/** Sentences recur from one edit to the next and within long texts: each is read once. */
const figureCache = new TextCache<Figure[]>();

/** The characters a figure's number starts with (NUMBER): a span without any holds no figure. */
const NUMBER_CODES = new Set([...('0123456789' + CN)].map((c) => c.charCodeAt(0)));

/** Figures in a span of text: Arabic and Chinese numerals with their multipliers, approximations and units. */
export function extractFigures(text: string, span: Span): Figure[] {
  // Most sentences hold no numeral: they are answered without slicing them out and looking them up.
  let numeral = false;
  for (let i = span.start; i < span.end && !numeral; i++) numeral = NUMBER_CODES.has(text.charCodeAt(i));
  if (!numeral) return [];
  const found = figureCache.get(text.slice(span.start, span.end), figuresIn);
  return found.map((f) => ({ ...f, span: { start: span.start + f.span.start, end: span.start + f.span.end } }));
}

/** The figures of a text, with spans from its start. */
function figuresIn(slice: string): Figure[] {
  const out: Figure[] = [];
  FIGURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURE.exec(slice))) {
    const [whole, hedge, numText, mult, about, unitRaw = '', around] = m;
    const isChinese = /^[〇零一二两三四五六七八九十百千]+$/.test(numText);
    // Without a unit, only digits before 万/亿 are a figure: writers leave the unit out there (由1.6万增加到2万).
    if (!unitRaw && (isChinese || !BARE_MAGNITUDE.has(mult))) continue;
    const before = slice[m.index - 1] ?? '';
    // 第一, 统一, 一是 … : a Chinese numeral must stand as a quantity.
    if (isChinese && (/[第统唯单同之其万初]/.test(before) || (numText === '一' && !/[个项家人名位]/.test(unitRaw[0])))) continue;
    if (!isChinese && /[\d.]/.test(before)) continue;
    const base = isChinese ? parseChineseNumeral(numText) : Number(numText.replace(/,/g, ''));
    if (!Number.isFinite(base)) continue;
    const unitText = unitRaw === '％' ? '%' : unitRaw === '余人' ? '人' : unitRaw;
    const factor = (mult ? MULTIPLIER[mult] : 1) * (UNIT_MULTIPLIER[unitText] ?? 1);
    const value = base * factor;
    // Written digits are rounded to their last place; a plain count is exact.
    const rounded = numText.includes('.') || unitText === '%' || unitText.endsWith('百分点');
    const rounding = isChinese || !rounded ? 0 : halfUnit(numText) * factor;
    let lo = value - rounding;
    let hi = value + rounding;
    const approx = Boolean(hedge || about || around || unitRaw === '余人');
    if (about || unitRaw === '余人') hi = (base + approximationStep(base)) * factor;
    if (about) lo = value;
    if (hedge === '近') {
      lo = value * 0.9;
      hi = value;
    } else if (hedge === '约' || hedge === '大约' || around) {
      lo = value * 0.95;
      hi = value * 1.05;
    } else if (hedge === '超过' || hedge === '逾') {
      lo = value;
      hi = Infinity;
    }
    const start = m.index;
    out.push({
      span: { start, end: start + whole.length },
      raw: whole,
      value,
      range: { lo, hi },
      approximate: approx,
      unit: unitText === '%' ? '%' : (FAMILY[unitText] ?? unitText),
      unitText,
    });
  }
  return out;
}

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '∞';
  if (Math.abs(n) >= 1e8 && n % 1e6 === 0) return `${+(n / 1e8).toFixed(4)}亿`;
  if (Math.abs(n) >= 1e4 && n % 100 === 0) return `${+(n / 1e4).toFixed(4)}万`;
  return String(+n.toFixed(4));
}

export function formatRange(r: Interval): string {
  return r.lo === r.hi ? formatNumber(r.lo) : `${formatNumber(r.lo)}–${formatNumber(r.hi)}`;
}
