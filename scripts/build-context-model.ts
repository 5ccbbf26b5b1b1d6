// Rebuilds models/open-gram-trigram.bin, the word trigram the typo rule reads context with, from Debian's
// sunpinyin-data (open-gram, CC BY-SA 3.0) and the tslminfo dumper of sunpinyin-utils.
// Usage: npx tsx scripts/build-context-model.ts [DIR]
//   DIR holds the two .deb files; without it they are fetched with `apt-get download` into a temporary folder
//   (run `apt-get update` first). Nothing is installed: both packages are only unpacked.
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as readline from 'readline';
import { MODEL_MAGIC, MODEL_VERSION } from '../server/src/core/segment/context-model';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'models', 'open-gram-trigram.bin');

function unpack(dir: string): string {
  const debs = fs.readdirSync(dir).filter((f) => /^sunpinyin-(data|utils)_.*\.deb$/.test(f));
  if (debs.length < 2) execFileSync('apt-get', ['download', 'sunpinyin-data', 'sunpinyin-utils'], { cwd: dir, stdio: 'inherit' });
  const root = path.join(dir, 'x');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.deb'))) execFileSync('dpkg', ['-x', path.join(dir, f), root]);
  return root;
}

/** id -> word from pydict_sc.bin: three u32 (word count, node count, string table offset), then UTF-32LE words ended by 0. */
function readLexicon(file: string): string[] {
  const b = fs.readFileSync(file);
  const count = b.readUInt32LE(0);
  let at = b.readUInt32LE(8);
  const words: string[] = [];
  let cur: number[] = [];
  while (words.length < count && at + 4 <= b.length) {
    const c = b.readUInt32LE(at);
    at += 4;
    if (c === 0) {
      words.push(String.fromCodePoint(...cur));
      cur = [];
    } else cur.push(c);
  }
  return words;
}

async function main() {
  const dir = process.argv[2] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'open-gram-'));
  const root = unpack(dir);
  const data = path.join(root, 'usr', 'lib', 'x86_64-linux-gnu', 'sunpinyin', 'data');
  const lexicon = readLexicon(path.join(data, 'pydict_sc.bin'));
  const dump = spawn(path.join(root, 'usr', 'bin', 'tslminfo'), ['-v', path.join(data, 'lm_sc.t3g')]);
  const lines = readline.createInterface({ input: dump.stdout, crlfDelay: Infinity });

  const LN10 = Math.LN10;
  // The dump holds about 82k distinct values, more than u16 indexes reach: round log10 values to 1/2000,
  // far below any difference the typo rule weighs.
  const values = new Map<number, number>(); // log10 value -> index
  const valueIndex = (negLn: number) => {
    const v = Math.fround(Math.round((-negLn / LN10) * 2000) / 2000);
    let i = values.get(v);
    if (i === undefined) values.set(v, (i = values.size));
    return i;
  };
  let order = 0;
  let unknownLog10 = 0;
  const uni: [id: number, p: number, bow: number][] = [];
  const bi: [w1: number, w2: number, p: number, bow: number][] = [];
  const tri: [w1: number, w2: number, w3: number, p: number][] = [];
  for await (const line of lines) {
    const head = /^\\(\d)-gram\\/.exec(line);
    if (head) {
      order = Number(head[1]);
      continue;
    }
    const f = line.trim().split(/\s+/);
    if (order === 0) unknownLog10 = -Number(f[0]) / LN10;
    else if (order === 1) uni.push([Number(f[0]), valueIndex(Number(f[1])), valueIndex(Number(f[2]))]);
    else if (order === 2) bi.push([Number(f[0]), Number(f[1]), valueIndex(Number(f[2])), valueIndex(Number(f[3]))]);
    else if (order === 3) tri.push([Number(f[0]), Number(f[1]), Number(f[2]), valueIndex(Number(f[3]))]);
  }
  if (values.size > 65535) throw new Error(`${values.size} distinct values do not fit u16 indexes`);

  // Dense ids in the order of the original ones, so that sorted original tuples stay sorted.
  uni.sort((a, b) => a[0] - b[0]);
  const dense = new Map<number, number>();
  uni.forEach(([id], i) => dense.set(id, i));
  const d = (id: number) => {
    const x = dense.get(id);
    if (x === undefined) throw new Error(`id ${id} has no unigram`);
    return x;
  };
  const V = uni.length;
  const vocab = uni.map(([id]) => (id === 0 ? '' : (lexicon[id] ?? '').replace(/\n/g, ''))).join('\n');
  bi.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const biIndex = new Map<string, number>();
  bi.forEach(([w1, w2], i) => biIndex.set(`${w1},${w2}`, i));
  tri.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);

  const B = bi.length;
  const T = tri.length;
  const vocabBytes = Buffer.from(vocab, 'utf8');
  const sections: Buffer[] = [];
  const header = Buffer.alloc(40);
  header.write(MODEL_MAGIC, 0, 'latin1');
  header.writeUInt32LE(MODEL_VERSION, 4);
  header.writeUInt32LE(V, 8);
  header.writeUInt32LE(B, 12);
  header.writeUInt32LE(T, 16);
  header.writeUInt32LE(values.size, 20);
  header.writeUInt32LE(vocabBytes.length, 24);
  header.writeFloatLE(unknownLog10, 28);
  sections.push(header);
  const table = new Float32Array(values.size);
  for (const [v, i] of values) table[i] = v;
  const push = (a: ArrayBufferView) => {
    const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    sections.push(b, Buffer.alloc((4 - (b.length % 4)) % 4));
  };
  push(table);
  push(Uint16Array.from(uni, (u) => u[1]));
  push(Uint16Array.from(uni, (u) => u[2]));
  const biStart = new Uint32Array(V + 1);
  for (const [w1] of bi) biStart[d(w1) + 1]++;
  for (let i = 0; i < V; i++) biStart[i + 1] += biStart[i];
  push(biStart);
  push(Uint32Array.from(bi, (b) => d(b[1])));
  push(Uint16Array.from(bi, (b) => b[2]));
  push(Uint16Array.from(bi, (b) => b[3]));
  push(
    Uint32Array.from(tri, ([w1, w2]) => {
      const i = biIndex.get(`${w1},${w2}`);
      if (i === undefined) throw new Error(`trigram without bigram ${w1},${w2}`);
      return i;
    }),
  );
  push(Uint32Array.from(tri, (t) => d(t[2])));
  push(Uint16Array.from(tri, (t) => t[3]));
  push(vocabBytes);
  const packed = Buffer.concat(sections);
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, packed); // unzipped: git and the .vsix compress it, and loading skips a gunzip
  console.log(
    `${V} words, ${B} bigrams, ${T} trigrams, ${values.size} values: ${(packed.length / 1e6).toFixed(1)} MB -> ${path.relative(ROOT, OUT)}`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
