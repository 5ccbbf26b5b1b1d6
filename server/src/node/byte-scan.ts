/**
 * Byte-level checks behind decoding: where UTF-8 or GB18030 first goes wrong, how much of a file reads as
 * UTF-8, and whether NUL-laden bytes are really UTF-16 without a byte order mark.
 */

export interface Utf8Scan {
  /** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
  firstInvalid: number;
  /** Bytes that belong to well-formed multi-byte sequences. */
  multiByte: number;
  /** Bytes that belong to no well-formed sequence. */
  invalid: number;
}

/** Length of the well-formed UTF-8 sequence at i (Unicode table 3-7), or 0 when there is none. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // no surrogates
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let firstInvalid = -1;
  let multiByte = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (n) {
      multiByte += n;
      i += n;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { firstInvalid, multiByte, invalid };
}

/**
 * Offset of the first byte that breaks GB18030's structure (one byte 00–7F; two bytes 81–FE + 40–7E/80–FE;
 * four bytes 81–FE, 30–39, 81–FE, 30–39), or -1. 0x80 and 0xFF are never valid.
 */
export function firstInvalidGb18030(bytes: Uint8Array): number {
  const inRange = (i: number, lo: number, hi: number) => i < bytes.length && bytes[i] >= lo && bytes[i] <= hi;
  for (let i = 0; i < bytes.length;) {
    const c = bytes[i];
    if (c < 0x80) {
      i++;
    } else if (c >= 0x81 && c <= 0xfe && (inRange(i + 1, 0x40, 0x7e) || inRange(i + 1, 0x80, 0xfe))) {
      i += 2;
    } else if (c >= 0x81 && c <= 0xfe && inRange(i + 1, 0x30, 0x39) && inRange(i + 2, 0x81, 0xfe) && inRange(i + 3, 0x30, 0x39)) {
      i += 4;
    } else {
      return i;
    }
  }
  return -1;
}

/**
 * UTF-16 without a byte order mark: text in it puts a NUL beside every ASCII character (newlines, digits), mostly
 * on one side of each two-byte unit, and decodes to Chinese, punctuation and printable ASCII; binary formats give
 * control characters, unpaired surrogates or unassigned code points. Returns the byte order, or undefined.
 */
export function detectUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 1 << 16) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0 && bytes[i + 1] === 0) return undefined; // U+0000 is never in text
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (evenNul === oddNul) return undefined;
  const encoding = oddNul > evenNul ? 'utf-16le' : 'utf-16be';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, n));
  } catch {
    return undefined; // unpaired surrogates
  }
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return undefined;
  const textLike = text.match(/[\t\n\r\f\u0020-\u007e\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g)?.length ?? 0;
  return textLike >= 0.9 * text.length ? encoding : undefined;
}

/** A byte as 0xFF, for messages. */
export const hexByte = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Of the two-byte GB18030 characters, the share in GB2312's rows (both bytes A1–FE, first at most F7): the
 * common simplified characters and full-width punctuation. Real GB text is almost all there (simplified reports
 * 99–100 %, a traditional-character GBK report 71 %); UTF-8 bytes read as GB18030 land there about a third of the time.
 */
export function gb2312Share(bytes: Uint8Array): number {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < bytes.length;) {
    const c = bytes[i];
    if (c < 0x80) {
      i++;
    } else if (i + 1 < bytes.length && bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39) {
      i += 4;
    } else {
      pairs++;
      if (c >= 0xa1 && c <= 0xf7 && bytes[i + 1] >= 0xa1 && bytes[i + 1] <= 0xfe) common++;
      i += 2;
    }
  }
  return pairs ? common / pairs : 1;
}
