// What a Han character, a Chinese numeral and a pair of marks are: one definition for the whole core.

/** Han characters (basic block and extension A) and the compatibility block, as a character class body. */
export const HAN_RANGES = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
export const HAN = new RegExp(`[${HAN_RANGES}]`);

/** Characters of Chinese numerals: digits, units, the financial forms (大写) and the traditional 萬億兩. */
export const CN_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩';
export const CN_NUMERAL = new RegExp(`[${CN_NUMERAL_CHARS}]`);

/** Quotation marks, title marks and brackets: each opener with its closer. */
export const CLOSER_OF: Readonly<Record<string, string>> = {
  '“': '”',
  '‘': '’',
  '《': '》',
  '（': '）',
  '【': '】',
  '「': '」',
  '『': '』',
  '〔': '〕',
};
export const OPENER_OF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(CLOSER_OF).map(([o, c]) => [c, o]));

/**
 * The basic block of unified ideographs alone: the characters the segmenter's dictionary, its context model and
 * the confusion table cover, and so the only ones the typo detector reads as words or corrects.
 */
export const BASIC_HAN_RANGE = '\\u4e00-\\u9fff';
export const BASIC_HAN = new RegExp(`[${BASIC_HAN_RANGE}]`);
export function isBasicHanCode(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** Full-width punctuation that sits in Chinese text. */
export const CJK_PUNCT = /[，。；：？！、“”‘’（）《》【】「」『』…—～·]/;

export function isChineseContext(ch: string | undefined): boolean {
  return ch !== undefined && (HAN.test(ch) || CJK_PUNCT.test(ch));
}

/** Counts Han characters the way offices count 字数 for prose. */
export function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) n++;
  }
  return n;
}

/** Drops the given characters from the end: a loop, where a regex ending in +$ would be quadratic. */
export function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

/**
 * Whether a UTF-16 code is white space as a regex's \s reads it (the Unicode space separators, tab, the line
 * breaks, BOM): asked of a character code, where testing a character read as a string makes a string of it.
 */
export function isWhiteSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
