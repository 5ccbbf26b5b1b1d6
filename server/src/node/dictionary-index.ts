import { createHash } from 'crypto';
import * as fs from 'fs';
import { WordDictionary, type DictionaryTables } from '../core/segment/dictionary';

// jieba's dictionary as built tables in one file: a worker maps them in at once instead of building the hash
// table from 350,000 lines (most of a worker's start-up). The file names the sources it was built from, and a
// loader uses it only when they are the same; otherwise it builds from the sources as before.

const MAGIC = 'RLDX1';

/** Names the dictionary sources (the file's bytes and the extra words): the same sources, the same stamp. */
export function dictionaryStamp(source: Buffer, extraWords: readonly string[]): string {
  const hash = createHash('sha256').update(source).update('\0').update(extraWords.join('\n'));
  return `${MAGIC}:${hash.digest('hex')}`;
}

interface Header {
  stamp: string;
  tags: string[];
  entryCount: number;
  size: number;
  total: number;
  maxLength: number;
  /** Element counts of offsets/freqs/lengths/tagIds, table; UTF-16 units of the blob. */
  entries: number;
  tableLength: number;
  blobLength: number;
}

/** Writes the tables: a length, the JSON header, then the arrays (the 32-bit ones first, 4-byte aligned). */
export function writeDictionaryIndex(file: string, dict: WordDictionary, stamp: string): void {
  const t = dict.tables();
  const header: Header = {
    stamp,
    tags: t.tags,
    entryCount: t.entryCount,
    size: t.size,
    total: t.total,
    maxLength: t.maxLength,
    entries: t.offsets.length,
    tableLength: t.table.length,
    blobLength: t.blob.length,
  };
  let json = Buffer.from(JSON.stringify(header));
  json = Buffer.concat([json, Buffer.alloc((4 - ((json.length + 4) % 4)) % 4, 0x20)]);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const parts = [
    length,
    json,
    bytes(t.offsets),
    bytes(t.freqs),
    bytes(t.table),
    bytes(t.lengths),
    bytes(t.tagIds),
    Buffer.from(t.blob, 'utf16le'),
  ];
  fs.writeFileSync(file, Buffer.concat(parts));
}

/** The dictionary in the file, if the file is there, whole, and built from sources with this stamp. */
export function readDictionaryIndex(file: string, stamp: string): WordDictionary | undefined {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  if (buf.length < 4) return undefined;
  const headerLength = buf.readUInt32LE(0);
  let header: Header;
  try {
    header = JSON.parse(buf.toString('utf8', 4, 4 + headerLength)) as Header;
  } catch {
    return undefined;
  }
  if (header.stamp !== stamp) return undefined;
  const { entries, tableLength, blobLength } = header;
  if (buf.length !== 4 + headerLength + entries * 10 + tableLength * 4 + blobLength * 2) return undefined;
  // Typed arrays over the file's own bytes: a copy only where Node placed them unaligned.
  const aligned = buf.byteOffset % 4 === 0 ? buf : Buffer.from(buf);
  let at = aligned.byteOffset + 4 + headerLength;
  const take = <A>(make: (b: ArrayBufferLike, offset: number, n: number) => A, n: number, width: number): A => {
    const a = make(aligned.buffer, at, n);
    at += n * width;
    return a;
  };
  const tables: DictionaryTables = {
    ...header,
    offsets: take((b, o, n) => new Int32Array(b, o, n), entries, 4),
    freqs: take((b, o, n) => new Int32Array(b, o, n), entries, 4),
    table: take((b, o, n) => new Int32Array(b, o, n), tableLength, 4),
    lengths: take((b, o, n) => new Uint8Array(b, o, n), entries, 1),
    tagIds: take((b, o, n) => new Uint8Array(b, o, n), entries, 1),
    blob: aligned.toString('utf16le', at - aligned.byteOffset, at - aligned.byteOffset + blobLength * 2),
  };
  return new WordDictionary(tables);
}
