import * as fs from 'fs';
import * as path from 'path';
import * as iconv from 'iconv-lite';

export type ReportEncoding = 'utf8' | 'gb18030';

export interface ReportFile {
  text: string;
  encoding: ReportEncoding;
  bom: boolean;
}

export class InputError extends Error {
  constructor(
    readonly filePath: string,
    message: string,
  ) {
    super(`${filePath}: ${message}`);
    this.name = 'InputError';
  }
}

/** Larger files are refused rather than read: a report is never this big. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Decodes report bytes: UTF-8 (with or without BOM), else GB18030/GBK; refuses binary data. */
export function decodeReport(bytes: Buffer, filePath: string): ReportFile {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf8', bom: true };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new InputError(filePath, '不支持 UTF-16 编码的文件，请另存为 UTF-8');
  }
  const probe = bytes.subarray(0, 1 << 16);
  if (probe.includes(0)) throw new InputError(filePath, '这是二进制文件，不是文本报告');
  if (isValidUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'utf8', bom: false };
  const text = iconv.decode(bytes, 'gb18030');
  // GB18030 decodes almost any bytes; too many control characters means this was not text.
  const controls = (text.slice(0, 65536).match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (controls > 8) throw new InputError(filePath, '无法识别文件编码（既不是 UTF-8 也不是 GB18030/GBK）');
  return { text, encoding: 'gb18030', bom: false };
}

export function encodeReport(file: ReportFile): Buffer {
  if (file.encoding === 'gb18030') return iconv.encode(file.text, 'gb18030');
  const body = Buffer.from(file.text, 'utf8');
  return file.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

function isValidUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function readReportFile(filePath: string): ReportFile {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch (err) {
    throw new InputError(filePath, `无法读取：${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  if (stat.isDirectory()) throw new InputError(filePath, '这是目录，不是文件');
  if (stat.size > MAX_FILE_BYTES) {
    throw new InputError(filePath, `文件过大（${(stat.size / 1048576).toFixed(1)} MB，上限 ${MAX_FILE_BYTES / 1048576} MB）`);
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (err) {
    throw new InputError(filePath, `无法读取：${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  return decodeReport(bytes, filePath);
}

/** Writes through a temporary file and a rename, so a crash never leaves half a report. */
export function writeReportFile(filePath: string, file: ReportFile): void {
  const tmp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.reportlint-tmp`);
  const data = encodeReport(file);
  try {
    const mode = fs.statSync(filePath).mode;
    fs.writeFileSync(tmp, data, { mode });
    fs.renameSync(tmp, filePath);
  } catch (err) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw new InputError(filePath, `无法写入：${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}
