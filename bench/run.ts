// npm run bench: every performance and accuracy figure the project promises, each with the command behind it.
// Texts are built from ../shared/seeds and ../shared/corpus; figures are printed, never asserted.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { defaultConfig, lint, RULES } from '../server/src/core';
import { loadNodeSegmenter } from '../server/src/node/jieba-segmenter';
import { LspClient } from '../test/helpers/lsp-client';
import { runTypoBenchmark } from './typo-eval';
import { extractDocx } from '../server/src/node/formats/docx';

const ROOT = path.resolve(__dirname, '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const CLI = path.join(ROOT, 'bin', 'reportlint.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-bench-'));
const quick = process.argv.includes('--quick');

function line(name: string, value: string, command: string) {
  console.log(`${name.padEnd(46)} ${value.padEnd(28)} ${command}`);
}

function sourceText(): string {
  const files: string[] = [];
  for (const dir of [path.join(SHARED, 'seeds'), path.join(SHARED, 'corpus', 'gov-work-reports')]) {
    if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir).sort()) files.push(path.join(dir, f));
  }
  if (!files.length) throw new Error(`no report text in ${SHARED}`);
  return files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

function reportOfBytes(base: string, bytes: number, name: string): string {
  let text = '';
  while (Buffer.byteLength(text) < bytes) text += base + '\n';
  const buf = Buffer.from(text).subarray(0, bytes);
  const file = path.join(tmp, name);
  fs.writeFileSync(file, buf.toString('utf8').replace(/\ufffd+$/, ''));
  return file;
}

/** Wall time of a whole process, best of n runs. */
function time(args: string[], runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return best;
}

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function lspFigures(base: string) {
  // A report of 100,000 characters.
  const text = base.slice(0, 100000);
  const file = path.join(tmp, 'lsp.report.txt');
  fs.writeFileSync(file, text);
  const uri = 'file://' + file;
  const results: Record<string, string> = {};

  // RSS before the segmenter loads: segmented rules off.
  {
    const client = new LspClient({}, { rules: { typo: 'off', 'repeated-char': 'off' } });
    await client.initialize();
    const w = client.waitForDiagnostics(uri);
    await client.open(uri, text);
    await w;
    results.rssBefore = `${rssOf(client.proc.pid!).toFixed(0)} MB`;
    await client.close();
  }

  const client = new LspClient();
  await client.initialize();
  let version = 1;
  const opened = client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'typo' || d.code === 'repeated-char'));
  await client.open(uri, text);
  await opened;
  const fast: number[] = [];
  const full: number[] = [];
  const edits = quick ? 50 : 200;
  for (let i = 0; i < edits; i++) {
    const line = Math.floor((i * 7919) % (text.split('\n').length - 1));
    version++;
    let firstAt = 0;
    let count = 0;
    const t0 = performance.now();
    const done = client.waitForDiagnostics(uri, (p) => {
      if (p.version !== version) return false;
      count++;
      if (count === 1) firstAt = performance.now() - t0;
      return count === 2; // fast rules first, then the segmented rules
    });
    await client.change(uri, version, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '的' }]);
    await done;
    fast.push(firstAt);
    full.push(performance.now() - t0);
  }
  results.fast = `p50 ${percentile(fast, 50).toFixed(0)} ms, p95 ${percentile(fast, 95).toFixed(0)} ms`;
  results.full = `p50 ${percentile(full, 50).toFixed(0)} ms, p95 ${percentile(full, 95).toFixed(0)} ms`;
  // 1,000 edits in all, then RSS.
  for (let i = edits; i < 1000; i++) {
    version++;
    await client.change(uri, version, [{ range: { start: { line: i % 50, character: 0 }, end: { line: i % 50, character: 0 } }, text: '的' }]);
  }
  await client.waitForDiagnostics(uri, (p) => p.version === version && p.diagnostics.some((d) => d.code === 'typo' || d.code === 'repeated-char'), 60000).catch(() => undefined);
  results.rssAfter = `${rssOf(client.proc.pid!).toFixed(0)} MB`;
  await client.close();
  return results;
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('run `npm run build` first');
  if (!fs.existsSync(SHARED)) {
    console.log(`benchmark skipped: ${SHARED} is absent`);
    return;
  }
  const base = sourceText();
  console.log(`ReportLint benchmark — ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString()}`);
  console.log(`${'figure'.padEnd(46)} ${'value'.padEnd(28)} command`);

  // Throughput, with a plain Node read-and-regex pass over the same text as the floor.
  const one = reportOfBytes(base, 1e6, '1mb.txt');
  const ten = reportOfBytes(base, 1e7, '10mb.txt');
  const floorScript = path.join(tmp, 'floor.js');
  fs.writeFileSync(floorScript, "const t=require('fs').readFileSync(process.argv[2],'utf8');let n=0;for(const m of t.matchAll(/[\\u4e00-\\u9fff]+[，。]/g))n++;console.log(n);");
  const t1 = time([CLI, '-f', 'json', one]);
  const t10 = time([CLI, '-f', 'json', ten], quick ? 1 : 3);
  const f10 = time([floorScript, ten]);
  line('CLI throughput, 1 MB, all rules', `${(1 / t1).toFixed(2)} MB/s (${t1.toFixed(2)} s)`, `node bin/reportlint.js -f json ${one}`);
  line('CLI throughput, 10 MB, all rules', `${(10 / t10).toFixed(2)} MB/s (${t10.toFixed(2)} s)`, `node bin/reportlint.js -f json ${ten}`);
  line('floor: plain Node read + regex, 10 MB', `${(10 / f10).toFixed(2)} MB/s (${f10.toFixed(2)} s)`, `node ${floorScript} ${ten}`);
  line('CLI time ÷ floor time, 10 MB', `${(t10 / f10).toFixed(1)}×`, '');
  line('growth 1 MB → 10 MB (10 = linear)', `${(t10 / t1).toFixed(1)}×`, '');

  // Cold start on a one-line file.
  const oneLine = path.join(tmp, 'one-line.txt');
  fs.writeFileSync(oneLine, '一、加强组织建设，部暑工作。\n');
  const noSeg = path.join(tmp, 'no-segmenter.json');
  fs.writeFileSync(noSeg, JSON.stringify({ rules: Object.fromEntries(RULES.filter((r) => r.meta.usesSegmenter).map((r) => [r.meta.id, 'off'])) }));
  line('cold start, one line, rules without segmenter', `${(time([CLI, '--config', noSeg, oneLine], 5) * 1000).toFixed(0)} ms`, `node bin/reportlint.js --config ${noSeg} ${oneLine}`);
  line('cold start, one line, every rule', `${(time([CLI, oneLine], 5) * 1000).toFixed(0)} ms`, `node bin/reportlint.js ${oneLine}`);

  // Word documents.
  const docxSeed = path.join(ROOT, 'test', 'fixtures', 'docx', 'seeds', '001_cda98f5bb21a5096.docx');
  line('cold start, seed 001 as .docx, every rule', `${(time([CLI, docxSeed], 5) * 1000).toFixed(0)} ms`, `node bin/reportlint.js ${path.relative(ROOT, docxSeed)}`);
  for (const name of ['001_cda98f5bb21a5096.docx', '../bad/bomb-lying-sizes.docx']) {
    const file = path.join(ROOT, 'test', 'fixtures', 'docx', 'seeds', name);
    const bytes = fs.readFileSync(file);
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      try {
        extractDocx(bytes, file);
      } catch {
        /* the bomb is refused: its time is the figure */
      }
      best = Math.min(best, performance.now() - t0);
    }
    line(`.docx extraction, ${path.basename(name)}, in process`, `${best.toFixed(1)} ms`, 'bench/run.ts (extractDocx, best of 5)');
  }

  // Language server.
  const lsp = await lspFigures(base);
  line('LSP edit → first diagnostics (100k chars)', lsp.fast, 'bench/run.ts (server over stdio, default settings)');
  line('LSP edit → all diagnostics incl. segmented', lsp.full, 'bench/run.ts');
  line('LSP RSS, segmenter not loaded', lsp.rssBefore, 'bench/run.ts (/proc/PID/status VmRSS)');
  line('LSP RSS after 1,000 edits, segmenter loaded', lsp.rssAfter, 'bench/run.ts');

  // Duplicate rules on 1 MB.
  const dupConfig = defaultConfig();
  for (const id of Object.keys(dupConfig.rules)) dupConfig.rules[id].severity = id.startsWith('duplicate-') || id === 'repeated-char' ? 'warn' : 'off';
  const seg = loadNodeSegmenter();
  const text1 = fs.readFileSync(one, 'utf8');
  lint(text1, { config: dupConfig, segmenter: seg });
  const d0 = performance.now();
  lint(text1, { config: dupConfig, segmenter: seg });
  line('duplicate rules, 1 MB, in process', `${((performance.now() - d0) / 1000).toFixed(2)} s`, 'bench/run.ts (lint with duplicate-* and repeated-char)');
  const typoConfig = defaultConfig();
  for (const id of Object.keys(typoConfig.rules)) typoConfig.rules[id].severity = id === 'typo' ? 'warn' : 'off';
  const y0 = performance.now();
  lint(text1, { config: typoConfig, segmenter: seg });
  line('typo rule, 1 MB, in process', `${((performance.now() - y0) / 1000).toFixed(2)} s`, 'bench/run.ts (lint with typo only)');

  // Typo accuracy.
  const typo = runTypoBenchmark(() => undefined);
  if (typo) {
    const cmd = 'npx tsx bench/typo-eval.ts';
    line('typo FP per 10k chars, 政府工作报告 1990–2014', `${typo.reportsFpPer10k.toFixed(2)} (${typo.reportsFp} in ${typo.reportsChars})`, cmd);
    line('typo over-correction, acc_rmrb', `${(typo.rmrbOvercorrection * 100).toFixed(2)}% (${typo.rmrbFlagged}/${typo.rmrbTotal})`, cmd);
    const d = typo.odw.detection;
    const c = typo.odw.correction;
    line('ecspell-odw detection P / R / F1 (sentence)', `${d.precision.toFixed(2)} / ${d.recall.toFixed(2)} / ${d.f1.toFixed(2)}`, cmd);
    line('ecspell-odw correction P / R / F1 (sentence)', `${c.precision.toFixed(2)} / ${c.recall.toFixed(2)} / ${c.f1.toFixed(2)}`, cmd);
    line('planted typos, recall (detected / corrected)', `${(typo.planted.recall * 100).toFixed(1)}% / ${(typo.planted.correctedRecall * 100).toFixed(1)}% of ${typo.planted.cases}`, cmd);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

