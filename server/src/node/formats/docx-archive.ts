import { strFromU8, Unzip, unzipSync, type UnzipFile } from 'fflate';
import * as zlib from 'zlib';
import { InputError } from '../report-file';

/**
 * Limits that keep a hostile or broken .docx from costing more than a second and a couple of hundred MB:
 * the file itself, the number of entries in its zip directory, and how much XML we are willing to inflate
 * (counted as it is inflated, so a zip whose headers lie about sizes is caught too).
 */
export const DOCX_LIMITS = {
  fileBytes: 64 * 1024 * 1024,
  entries: 10_000,
  // The XML of a 300-page report is under 10 MB.
  xmlBytes: 24 * 1024 * 1024,
};

const SLICE = 64 * 1024;

const BOMB_MESSAGE = `解压后内容过大（超过 ${DOCX_LIMITS.xmlBytes / 1048576} MB），可能是恶意构造的压缩包，已停止读取`;

/**
 * A deflate decoder for fflate's Unzip that inflates with Node's zlib, which stops at a hard output limit
 * (maxOutputLength) however the entry's headers describe it, and runs natively (no cold start on a large entry).
 */
function cappedInflater(remaining: () => number) {
  return class CappedInflate {
    static readonly compression = 8;
    ondata: (err: Error | null, data: Uint8Array, final: boolean) => void = () => {};
    private readonly chunks: Uint8Array[] = [];
    push(chunk: Uint8Array, final?: boolean): void {
      this.chunks.push(chunk);
      if (!final) return;
      let out: Buffer;
      try {
        out = zlib.inflateRawSync(Buffer.concat(this.chunks), { maxOutputLength: Math.max(1, remaining()) });
      } catch (err) {
        this.ondata(err as Error, new Uint8Array(0), true);
        return;
      }
      this.ondata(null, out, true);
    }
    terminate(): void {}
  };
}

const isXmlPart = (name: string) => /\.(?:xml|rels)$/i.test(name);

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(word, 'utf16le'));
}

/** Why these bytes are not a .docx we can read, in words a Word user understands; undefined if they may be one. */
function notADocx(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, CFB_MAGIC)) {
    // Word and WPS keep a password-protected .docx inside an OLE compound file, as they keep .doc and .wps.
    if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) {
      return '文档已加密（设置了打开密码）：请在 Word 或 WPS 中取消密码后再检查';
    }
    return '这是旧版 Word（.doc）或 WPS（.wps）格式的文件，只是扩展名为 .docx：请在 Word 或 WPS 中“另存为” .docx 后再检查';
  }
  if (bytes.length >= 5 && strFromU8(bytes.subarray(0, 5), true) === '{\\rtf') {
    return '这是 RTF 文件，只是扩展名为 .docx：请在 Word 或 WPS 中“另存为” .docx 后再检查';
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return '不是 Word 文档（.docx 应为 zip 压缩包）：文件可能已损坏，或是改了扩展名的其他文件';
  }
  return undefined;
}

/** Names every entry in the zip's central directory; fails on a truncated file (no directory at its end). */
function listEntries(bytes: Uint8Array, filePath: string): string[] {
  const names: string[] = [];
  let declaredXml = 0;
  try {
    unzipSync(bytes, {
      filter: (info) => {
        names.push(info.name);
        if (names.length > DOCX_LIMITS.entries)
          throw new InputError(filePath, `压缩包内条目过多（超过 ${DOCX_LIMITS.entries} 个），不像是 Word 文档`);
        // Refused before inflating anything when the directory itself admits the size; a lying one is caught below.
        if (isXmlPart(info.name) && (declaredXml += info.originalSize) > DOCX_LIMITS.xmlBytes) throw new InputError(filePath, BOMB_MESSAGE);
        return false;
      },
    });
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(filePath, '文件不完整或已损坏（zip 目录缺失或无效）：请重新保存或重新下载后再检查');
  }
  return names;
}

/** The XML parts of a .docx (every *.xml and *.rels entry), by name, as text. */
export function readDocxParts(bytes: Uint8Array, filePath: string): Map<string, string> {
  if (bytes.length > DOCX_LIMITS.fileBytes) {
    throw new InputError(filePath, `文件过大（${(bytes.length / 1048576).toFixed(1)} MB，上限 ${DOCX_LIMITS.fileBytes / 1048576} MB）`);
  }
  const why = notADocx(bytes);
  if (why) throw new InputError(filePath, why);
  const listed = new Set(listEntries(bytes, filePath));

  const chunks = new Map<string, Uint8Array[]>();
  const done = new Set<string>();
  let inflated = 0;
  let failure: InputError | undefined;
  const unzip = new Unzip((file: UnzipFile) => {
    if (!isXmlPart(file.name) || !listed.has(file.name) || chunks.has(file.name)) return;
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    file.ondata = (err, data, final) => {
      if (failure) return;
      if (err) {
        const tooLarge = (err as unknown as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
        failure = new InputError(filePath, tooLarge ? BOMB_MESSAGE : `文件已损坏（${file.name} 无法解压）`);
        return;
      }
      inflated += data.length;
      if (inflated > DOCX_LIMITS.xmlBytes) {
        failure = new InputError(filePath, BOMB_MESSAGE);
        return;
      }
      parts.push(data);
      if (final) done.add(file.name);
    };
    file.start();
  });
  unzip.register(cappedInflater(() => DOCX_LIMITS.xmlBytes - inflated));
  try {
    for (let at = 0; at < bytes.length && !failure; at += SLICE) {
      unzip.push(bytes.subarray(at, Math.min(at + SLICE, bytes.length)), at + SLICE >= bytes.length);
    }
  } catch {
    failure ??= new InputError(filePath, '文件已损坏（zip 数据无效）');
  }
  if (failure) throw failure;

  const parts = new Map<string, string>();
  for (const [name, pieces] of chunks) {
    if (!done.has(name)) throw new InputError(filePath, `文件不完整或已损坏（${name} 不完整）`);
    parts.set(name, Buffer.concat(pieces).toString('utf8'));
  }
  return parts;
}
