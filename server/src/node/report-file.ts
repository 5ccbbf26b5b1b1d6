import { isUtf8 } from 'buffer';
import * as fs from 'fs';
import * as iconv from 'iconv-lite';
import { detectUtf16WithoutBom, firstInvalidGb18030, gb2312Share, hexByte, scanUtf8 } from './byte-scan';
import { writeFileSafely, type FileIdentity } from './safe-write';

export type ReportEncoding = 'utf8' | 'gb18030';

export interface ReportFile {
  text: string;
  encoding: ReportEncoding;
  bom: boolean;
  /** The bytes the text was decoded from: a write first proves they re-encode from the text unchanged. */
  bytes?: Buffer;
  /** The file as it was read, so a write can refuse a file that changed in between. */
  identity?: FileIdentity;
}

export class InputError extends Error {
  constructor(
    readonly filePath: string,
    /** The problem without the file's name. */
    readonly reason: string,
  ) {
    super(`${filePath}: ${reason}`);
    this.name = 'InputError';
  }
}

/** Larger input is refused rather than read, from a file or standard input: a report is never this big. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

const tooLargeMessage = (bytes: number) => `文件过大（${(bytes / 1048576).toFixed(1)} MB，上限 ${MAX_FILE_BYTES / 1048576} MB）`;

/**
 * Decodes report bytes, and only when the decoding is certain: UTF-8 (with or without BOM), or GB18030/GBK when
 * the bytes are well-formed GB18030, re-encode to themselves, and do not read as UTF-8 with a few bad bytes.
 * Anything else is refused, naming the offset of the first byte that does not fit.
 */
export function decodeReport(bytes: Buffer, filePath: string): ReportFile {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    // Node's native check first (the common case, many times faster); the scan only to say where it goes wrong.
    const scan = isUtf8(body) ? undefined : scanUtf8(body);
    if (scan && scan.firstInvalid >= 0) throw new InputError(filePath, badUtf8Message(bytes, scan.firstInvalid + 3, '（带 BOM）'));
    return { text: body.toString('utf8'), encoding: 'utf8', bom: true, bytes };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new InputError(filePath, '不支持 UTF-16 编码的文件，请另存为 UTF-8');
  }
  const utf16 = detectUtf16WithoutBom(bytes);
  if (utf16) {
    throw new InputError(filePath, `这是没有 BOM 的 ${utf16.toUpperCase()} 编码文件，不支持 UTF-16，请另存为 UTF-8`);
  }
  if (bytes.subarray(0, 1 << 16).includes(0)) throw new InputError(filePath, '这是二进制文件，不是文本报告');
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'utf8', bom: false, bytes };
  const scan = scanUtf8(bytes);
  if (scan.firstInvalid < 0) return { text: bytes.toString('utf8'), encoding: 'utf8', bom: false, bytes };

  // GB18030 text forms well-formed UTF-8 sequences only by chance (under 0.7 such bytes per stray byte in whole
  // reports); a file that mostly reads as UTF-8 is UTF-8 with damage, and guessing another encoding would garble
  // it, unless its GB18030 reading is all common characters (a few short lines can look like either).
  const share = gb2312Share(bytes);
  if (scan.multiByte >= 4 * scan.invalid && share < 0.9) {
    throw new InputError(filePath, badUtf8Message(bytes, scan.firstInvalid, ''));
  }
  const gbBad = firstInvalidGb18030(bytes);
  if (gbBad >= 0) throw new InputError(filePath, neitherMessage(bytes, scan.firstInvalid, gbBad));
  if (share < 0.6) {
    throw new InputError(
      filePath,
      `无法确定文件编码：不是有效的 UTF-8（第 ${scan.firstInvalid} 字节 ${hexByte(bytes[scan.firstInvalid])} 无效），按 GB18030 读出的又多是生僻字，不像 GB18030/GBK 文本`,
    );
  }
  const text = iconv.decode(bytes, 'gb18030');
  const mismatch = firstDifference(iconv.encode(text, 'gb18030'), bytes);
  if (mismatch >= 0) throw new InputError(filePath, neitherMessage(bytes, scan.firstInvalid, mismatch));
  // Well-formed GB18030 can still be binary noise: control characters give it away.
  const controls = (text.slice(0, 65536).match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (controls > 8) throw new InputError(filePath, '无法识别文件编码（既不是 UTF-8 也不是 GB18030/GBK）');
  return { text, encoding: 'gb18030', bom: false, bytes };
}

function badUtf8Message(bytes: Buffer, offset: number, kind: string): string {
  return `不是有效的 UTF-8${kind}：第 ${offset} 字节（从 0 起数）${hexByte(bytes[offset])} 无效；文件可能已损坏，未作处理`;
}

function neitherMessage(bytes: Buffer, utf8Bad: number, gbBad: number): string {
  return (
    `无法确定文件编码：既不是有效的 UTF-8（第 ${utf8Bad} 字节 ${hexByte(bytes[utf8Bad])} 无效），` +
    `也不是有效的 GB18030/GBK（第 ${gbBad} 字节 ${hexByte(bytes[Math.min(gbBad, bytes.length - 1)])} 无效）`
  );
}

/** First offset where a and b differ (a length difference counts at the shorter end), or -1. */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

function encodeReport(file: ReportFile): Buffer {
  if (file.encoding === 'gb18030') return iconv.encode(file.text, 'gb18030');
  const body = Buffer.from(file.text, 'utf8');
  return file.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

export function readReportFile(filePath: string): ReportFile {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch (err) {
    throw new InputError(filePath, `无法读取：${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  if (stat.isDirectory()) throw new InputError(filePath, '这是目录，不是文件');
  if (stat.size > MAX_FILE_BYTES) throw new InputError(filePath, tooLargeMessage(stat.size));
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (err) {
    throw new InputError(filePath, `无法读取：${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const identity = { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs };
  return { ...decodeReport(bytes, filePath), identity };
}

/**
 * Writes the report's new text in its own encoding, BOM and all. Refuses unless the text it was read as
 * re-encodes to exactly the bytes it was read from, so an uncertain decoding never reaches the disk.
 */
export function writeReportFile(filePath: string, original: ReportFile, newText: string): void {
  if (original.bytes) {
    const offset = firstDifference(encodeReport(original), original.bytes);
    if (offset >= 0) {
      throw new InputError(filePath, `未写入：按 ${original.encoding} 重新编码与原文件不一致（第 ${offset} 字节起），无法保证不损坏文件`);
    }
  }
  writeFileSafely(filePath, encodeReport({ ...original, text: newText }), original.identity);
}
