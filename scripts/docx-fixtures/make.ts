// Makes the .docx test fixtures under test/fixtures/docx/ (run: npx tsx scripts/docx-fixtures/make.ts).
//   hand/<name>.docx         written here to the OOXML schema, with Word's own list definitions (specs.ts)
//   hand/<name>.txt          the same report as typed text
//   libreoffice/<name>.docx  the hand-written document opened and saved again as .docx by LibreOffice
//   seeds/<seed>.docx        each seed report converted from .txt to .docx by LibreOffice
//   bad/*                    broken and hostile files, for the error paths
// LibreOffice (Debian: libreoffice-writer-nogui) is needed only here; the tests read the committed files.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { zipSync } from 'fflate';
const officeCrypto = require('officecrypto-tool') as { encrypt(data: Buffer, opts: { password: string }): Buffer };
import { buildDocx } from './ooxml-writer';
import { FIXTURES } from './specs';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'test', 'fixtures', 'docx');
const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');

function soffice(args: string[], cwd: string): void {
  // A private profile keeps runs independent of any LibreOffice the user has open.
  const profile = `file://${fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'))}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...args], { cwd, stdio: 'inherit' });
}

function convert(input: string, outDir: string, target: string, infilter?: string): string {
  fs.mkdirSync(outDir, { recursive: true });
  soffice([...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', target, '--outdir', outDir, input], path.dirname(input));
  return path.join(outDir, path.basename(input).replace(/\.[^.]+$/, '.' + target.split(':')[0]));
}

function makeHand(): void {
  const dir = path.join(OUT, 'hand');
  fs.mkdirSync(dir, { recursive: true });
  for (const f of FIXTURES) {
    fs.writeFileSync(path.join(dir, `${f.name}.docx`), buildDocx(f.spec));
    fs.writeFileSync(path.join(dir, `${f.name}.txt`), f.typed + '\n');
  }
}

function makeLibreOffice(): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'docx-fixtures-'));
  const dir = path.join(OUT, 'libreoffice');
  fs.mkdirSync(dir, { recursive: true });
  for (const f of FIXTURES.filter((x) => x.libreoffice)) {
    fs.writeFileSync(path.join(dir, `${f.name}.txt`), (f.libreofficeTyped ?? f.typed) + '\n');
    // Through LibreOffice's own document model and out again: .docx -> .odt -> .docx, written by LibreOffice.
    const src = path.join(tmp, `${f.name}.docx`);
    fs.copyFileSync(path.join(OUT, 'hand', `${f.name}.docx`), src);
    const odt = convert(src, path.join(tmp, 'odt'), 'odt');
    convert(odt, dir, 'docx:MS Word 2007 XML');
  }
}

function makeSeeds(): void {
  const dir = path.join(OUT, 'seeds');
  for (const name of fs
    .readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    convert(path.join(SEEDS, name), dir, 'docx:MS Word 2007 XML', 'Text (encoded):UTF8,LF,,,');
  }
}

function makeBad(): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'docx-bad-'));
  const dir = path.join(OUT, 'bad');
  fs.mkdirSync(dir, { recursive: true });
  const good = fs.readFileSync(path.join(OUT, 'hand', 'numbering-levels.docx'));
  // A Word 97 .doc, made by LibreOffice from the same text, then given a .docx name.
  const txt = path.join(tmp, 'legacy.txt');
  fs.copyFileSync(path.join(OUT, 'hand', 'numbering-levels.txt'), txt);
  fs.copyFileSync(convert(txt, tmp, 'doc:MS Word 97', 'Text (encoded):UTF8,LF,,,'), path.join(dir, 'word97-renamed.docx'));
  // A password-protected .docx, encrypted as Word encrypts (ECMA-376 agile encryption in an OLE container).
  fs.writeFileSync(path.join(dir, 'encrypted.docx'), officeCrypto.encrypt(good, { password: 'reportlint' }));
  // The first half of a good file, as an interrupted download leaves it.
  fs.writeFileSync(path.join(dir, 'truncated.docx'), good.subarray(0, Math.floor(good.length / 2)));
  // 200 MB of the same paragraph, deflated to a few hundred KB: the XML limit must stop it, not memory.
  const paragraph = Buffer.from('<w:p><w:r><w:t>工作部署落实到位。</w:t></w:r></w:p>');
  const body = Buffer.alloc(200 * 1024 * 1024);
  for (let at = 0; at < body.length; at += paragraph.length) paragraph.copy(body, at);
  const bomb = zipSync({ 'word/document.xml': [body, { level: 9, mtime: new Date('2024-01-01T00:00:00Z') }] });
  fs.writeFileSync(path.join(dir, 'bomb.docx'), bomb);
  // The same, its headers claiming 1 KB: only counting what actually inflates can stop this one.
  const lying = Buffer.from(bomb);
  for (let at = 0; at + 30 < lying.length; at++) {
    if (lying.readUInt32LE(at) === 0x04034b50) lying.writeUInt32LE(1024, at + 22); // local header: uncompressed size
    if (lying.readUInt32LE(at) === 0x02014b50) lying.writeUInt32LE(1024, at + 24); // central directory: the same
  }
  fs.writeFileSync(path.join(dir, 'bomb-lying-sizes.docx'), lying);
}

const only = process.argv[2];
if (!only || only === 'hand') makeHand();
if (!only || only === 'libreoffice') makeLibreOffice();
if (!only || only === 'seeds') makeSeeds();
if (!only || only === 'bad') makeBad();
