const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** 一百二十 -> 120, 十五 -> 15, 二〇二〇 -> 2020 (digit by digit), 两千 -> 2000. NaN if not a numeral. */
export function parseChineseNumeral(s: string): number {
  if (!s) return NaN;
  for (const ch of s) if (!(ch in DIGITS) && !(ch in SMALL_UNITS) && !(ch in BIG_UNITS)) return NaN;
  // Digit-by-digit form: 二〇二〇
  if (s.length > 1 && [...s].every((ch) => ch in DIGITS)) {
    return Number([...s].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit === -1 ? 1 : digit) * SMALL_UNITS[ch];
      digit = -1;
    } else {
      section += digit === -1 ? 0 : digit;
      total += (section === 0 ? 1 : section) * BIG_UNITS[ch];
      section = 0;
      digit = -1;
    }
  }
  if (digit !== -1) section += digit;
  return total + section;
}

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 120 -> 一百二十, 15 -> 十五 (the form used in heading markers). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a non-negative integer: ${n}`);
  if (n < 10) return NUMERALS[n];
  if (n < 20) return '十' + (n % 10 ? NUMERALS[n % 10] : '');
  if (n >= 1e8) return toChineseNumeral(Math.floor(n / 1e8)) + '亿' + restAfterBigUnit(n % 1e8, 1e7);
  if (n >= 1e4) return toChineseNumeral(Math.floor(n / 1e4)) + '万' + restAfterBigUnit(n % 1e4, 1e3);
  const units = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ] as const;
  let out = '';
  let rest = n;
  let pendingZero = false;
  for (const [value, name] of units) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d) {
      if (pendingZero) out += '零';
      out += NUMERALS[d] + name;
      pendingZero = false;
    } else if (out) {
      pendingZero = true;
    }
  }
  if (rest) out += (pendingZero ? '零' : '') + NUMERALS[rest];
  return out;
}

function restAfterBigUnit(rest: number, topPlace: number): string {
  if (!rest) return '';
  const s = rest < 20 && rest >= 10 ? '一' + toChineseNumeral(rest) : toChineseNumeral(rest);
  return rest < topPlace ? '零' + s : s;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export function parseCircled(ch: string): number {
  const i = CIRCLED.indexOf(ch);
  return i < 0 ? NaN : i + 1;
}

export function toCircled(n: number): string {
  return n >= 1 && n <= CIRCLED.length ? CIRCLED[n - 1] : `(${n})`;
}
