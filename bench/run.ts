// npm run bench: every performance and accuracy figure the project promises, each with the command behind it.
// Texts are built from ../shared/seeds and ../shared/corpus; figures are printed, never asserted.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { defaultConfig, lint } from '../server/src/core';
import { cliFigures, cliThreadFigures, SHARED, sourceText } from './cli-figures';
import { loadNodeSegmenter } from '../server/src/node/jieba-segmenter';
import { lspFigures } from './lsp-figures';
import { runTypoBenchmark } from './typo-eval';
import { extractDocx } from '../server/src/node/formats/docx';

const ROOT = path.resolve(__dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-bench-'));
const quick = process.argv.includes('--quick');

function line(name: string, value: string, command: string) {
  console.log(`${name.padEnd(46)} ${value.padEnd(28)} ${command}`);
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

  const { one, ten } = cliFigures(line, base, tmp, quick);
  await cliThreadFigures(line, ten);

  // Word documents.
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
  const lsp = await lspFigures(base, tmp, quick);
  line('LSP edit → first diagnostics (100k chars)', lsp.fast, 'bench/run.ts (server over stdio, default settings)');
  line('LSP edit → all diagnostics incl. segmented', lsp.full, 'bench/run.ts (the diagnostics the server marks complete)');
  line('LSP server CPU per edit (100k chars)', lsp.cpuPerEdit, 'bench/lsp-figures.ts (/proc/PID/stat, every thread)');
  line('LSP RSS, segmenter not loaded', lsp.rssBefore, 'bench/run.ts (/proc/PID/status VmRSS)');
  line('LSP RSS after 1,000 edits, segmenter loaded', lsp.rssAfter, 'bench/run.ts');
  line('LSP hover during a lint (100k chars)', lsp.hover, 'bench/lsp-figures.ts (sent right after an edit)');
  line('LSP document symbols during a lint (100k chars)', lsp.symbols, 'bench/lsp-figures.ts');
  line('LSP edit → all diagnostics, 1 MB document', lsp.big, 'bench/lsp-figures.ts (edit jobs on the worker)');
  line('LSP server CPU per edit, 1 MB document', lsp.bigCpuPerEdit, 'bench/lsp-figures.ts');
  line('LSP hover during a lint, 1 MB document', lsp.bigHover, 'bench/lsp-figures.ts');
  line('LSP document symbols during a lint, 1 MB document', lsp.bigSymbols, 'bench/lsp-figures.ts');

  // Duplicate rules on 1 MB.
  const dupConfig = defaultConfig();
  for (const id of Object.keys(dupConfig.rules))
    dupConfig.rules[id].severity = id.startsWith('duplicate-') || id === 'repeated-char' ? 'warn' : 'off';
  const seg = loadNodeSegmenter();
  const text1 = fs.readFileSync(one, 'utf8');
  lint(text1, { config: dupConfig, segmenter: seg });
  const d0 = performance.now();
  lint(text1, { config: dupConfig, segmenter: seg });
  line(
    'duplicate rules, 1 MB, in process',
    `${((performance.now() - d0) / 1000).toFixed(2)} s`,
    'bench/run.ts (lint with duplicate-* and repeated-char)',
  );
  const typoConfig = defaultConfig();
  for (const id of Object.keys(typoConfig.rules)) typoConfig.rules[id].severity = id === 'typo' ? 'warn' : 'off';
  const y0 = performance.now();
  lint(text1, { config: typoConfig, segmenter: seg });
  line('typo rule, 1 MB, in process', `${((performance.now() - y0) / 1000).toFixed(2)} s`, 'bench/run.ts (lint with typo only)');

  // The typo rule alone on the 10 MB text (context model included, loaded before the clock starts).
  const text10 = fs.readFileSync(ten, 'utf8');
  const z0 = performance.now();
  lint(text10, { config: typoConfig, segmenter: seg });
  const typoSeconds = (performance.now() - z0) / 1000;
  line(
    'typo rule, 10 MB, in process',
    `${(10 / typoSeconds).toFixed(2)} MB/s (${typoSeconds.toFixed(1)} s)`,
    'bench/run.ts (lint with typo only)',
  );
  const m0 = process.memoryUsage().rss;
  const l0 = performance.now();
  const { TrigramModel } = await import('../server/src/core/segment/context-model');
  const { contextModelPath } = await import('../server/src/node/context-model-loader');
  const modelFile = contextModelPath();
  if (modelFile) {
    new TrigramModel(fs.readFileSync(modelFile));
    line(
      'context model: load time, RSS added',
      `${(performance.now() - l0).toFixed(0)} ms, ${((process.memoryUsage().rss - m0) / 1e6).toFixed(0)} MB`,
      `bench/run.ts (new TrigramModel(${path.relative(ROOT, modelFile)}))`,
    );
  } else line('context model', 'absent', 'models/open-gram-trigram.bin');

  // Typo accuracy: tuned on the odw tuning part and the 1990–2014 reports; the rest was never tuned on.
  const typo = runTypoBenchmark(() => undefined);
  if (typo) {
    const cmd = 'npx tsx bench/typo-eval.ts';
    const prf = (p: { precision: number; recall: number; f1: number }) =>
      `${p.precision.toFixed(2)} / ${p.recall.toFixed(2)} / ${p.f1.toFixed(2)}`;
    const fp = (f: { per10k: number; findings: number; chars: number; strongPer10k: number }) =>
      `${f.per10k.toFixed(2)} (${f.findings} in ${f.chars}; warn ${f.strongPer10k.toFixed(2)})`;
    line('typo FP/10k chars, 政府工作报告 1990–2014 [tuned]', fp(typo.gov), cmd);
    line('typo FP/10k chars, cpc-congress-reports [unseen]', fp(typo.congress), cmd);
    line('typo over-correction, acc_rmrb [unseen]', `${(typo.rmrb.rate * 100).toFixed(2)}% (${typo.rmrb.flagged}/${typo.rmrb.total})`, cmd);
    for (const [name, o] of [
      ['held-out', typo.odwHeldOut],
      ['tuning', typo.odwTune],
    ] as const) {
      const tag = name === 'held-out' ? '[unseen]' : '[tuned]';
      line(`odw ${name} (${o.sentences}) detection P/R/F1 ${tag}`, prf(o.detection), cmd);
      line(`odw ${name} correction P/R/F1 (sentence) ${tag}`, prf(o.correction), cmd);
      line(`odw ${name} location P/R/F1 (SIGHAN) ${tag}`, prf(o.location), cmd);
    }
    line(
      'planted typos, recall (detected / corrected)',
      `${(typo.planted.recall * 100).toFixed(1)}% / ${(typo.planted.correctedRecall * 100).toFixed(1)}% of ${typo.planted.cases}`,
      cmd,
    );
    line(
      'planted typos, recall, typeable characters only',
      `${(typo.planted.typeableRecall * 100).toFixed(1)}% of ${typo.planted.typeableCases}`,
      cmd,
    );
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
