/**
 * Word's list number formats (w:numFmt, ECMA-376 ST_NumberFormat), rendered as Word renders them.
 * Formats a report never uses fall back to decimal, which is what Word does for a format it lacks.
 */

const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** 一百二十三, 一千零五, 十一: counting with 十/百/千 (and 万 beyond), as chineseCountingThousand does. */
function chineseCounting(n: number, digits: string, units: string[]): string {
  if (n === 0) return digits[0];
  if (n >= 10000) {
    const high = Math.floor(n / 10000);
    const low = n % 10000;
    const rest = low === 0 ? '' : (low < 1000 ? digits[0] : '') + chineseCounting(low, digits, units);
    return chineseCounting(high, digits, units) + units[3] + rest;
  }
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const names = [units[2], units[1], units[0], ''];
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const d = parts[i];
    if (d === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) out += digits[0];
    pendingZero = false;
    // 十一, not 一十一, when ten is the highest place.
    out += (i === 2 && d === 1 && !out ? '' : digits[d]) + names[i];
  }
  return out;
}

/** Word's chineseCounting: 一 … 十 … 九十九 as counted; from 100 on, digit by digit (一〇〇). */
function chineseCountingWord(n: number): string {
  if (n < 100) return chineseCounting(n, CN_DIGITS, ['十', '百', '千', '万']);
  return [...String(n)].map((d) => CN_DIGITS[Number(d)]).join('');
}

function letters(n: number, base: string): string {
  // Word repeats the letter: a … z, aa … zz, aaa …
  const letter = base[(n - 1) % 26];
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, symbol] of table) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}

function enclosed(n: number, first: number, count: number): string {
  return n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n);
}

/** Circled numbers ①–⑳ then ㉑–㉟ and ㊱–㊿, as far as Unicode has them; beyond, plain digits. */
function circled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

export function formatListNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'none':
      return '';
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return circled(n);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 10 ? String.fromCodePoint(0x3280 + n - 1) : String(n);
    case 'chineseCounting':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return chineseCountingWord(n);
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
    case 'japaneseDigitalTenThousand':
      return chineseCounting(n, CN_DIGITS.replace('〇', '零'), ['十', '百', '千', '万']);
    case 'chineseLegalSimplified':
      return chineseCounting(n, CN_LEGAL_DIGITS, ['拾', '佰', '仟', '万']).replace(/^拾/, '壹拾');
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => CN_DIGITS[Number(d)]).join('');
    case 'ideographTraditional':
      return HEAVENLY_STEMS[(n - 1) % 10];
    case 'ideographZodiac':
      return EARTHLY_BRANCHES[(n - 1) % 12];
    case 'ideographZodiacTraditional':
      return HEAVENLY_STEMS[(n - 1) % 10] + EARTHLY_BRANCHES[(n - 1) % 12];
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'ordinal':
      return `${n}.`;
    default:
      return String(n);
  }
}
