// Typo benchmark: false positives on published reports and on error-free news sentences, precision and
// recall on real typos in official documents, and recall on typos planted into clean report text.
// Usage: npx tsx bench/typo-eval.ts [--quick]  (data from ../shared/corpus, see its README)
import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { defaultConfig, lint, type Finding } from '../server/src/core';
import { loadNodeSegmenter } from '../server/src/node/jieba-segmenter';
import { plantTypos } from './plant-typos';

const CORPUS = path.resolve(__dirname, '..', '..', 'shared', 'corpus');
const quick = process.argv.includes('--quick');

export interface TypoFigures {
  reportsFpPer10k: number;
  reportsFp: number;
  reportsChars: number;
  rmrbOvercorrection: number;
  rmrbFlagged: number;
  rmrbTotal: number;
  odw: { detection: Prf; correction: Prf; sentences: number };
  planted: { recall: number; cases: number; correctedRecall: number };
  mbPerSecond: number;
}

interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

const seg = loadNodeSegmenter();
if (!seg) throw new Error('segmenter did not load');
const config = defaultConfig();
for (const id of Object.keys(config.rules)) config.rules[id].severity = id === 'typo' ? 'warn' : 'off';

function typoFindings(text: string): Finding[] {
  return lint(text, { config, segmenter: seg }).findings.filter((f) => f.ruleId === 'typo');
}

/** The character edits a finding proposes: position in the text and the new character. */
function edits(text: string, f: Finding): [number, string][] {
  const fix = f.fix ?? f.suggestions?.[0];
  if (!fix) return [];
  const out: [number, string][] = [];
  for (const e of fix.edits) {
    const before = text.slice(e.span.start, e.span.end);
    for (let i = 0; i < Math.min(before.length, e.text.length); i++) if (before[i] !== e.text[i]) out.push([e.span.start + i, e.text[i]]);
  }
  return out;
}

const han = (s: string) => (s.match(/[\u4e00-\u9fff]/g) ?? []).length;

function prf(tp: number, predicted: number, actual: number): Prf {
  const precision = predicted ? tp / predicted : 0;
  const recall = actual ? tp / actual : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function runTypoBenchmark(log: (s: string) => void = console.log): TypoFigures | null {
  if (!existsSync(CORPUS)) {
    log(`typo benchmark skipped: ${CORPUS} is absent`);
    return null;
  }
  // 1. Published 政府工作报告 1990–2014: every finding is a false positive.
  let reportsFp = 0;
  let reportsChars = 0;
  let bytes = 0;
  const t0 = Date.now();
  const reportFiles = readdirSync(path.join(CORPUS, 'gov-work-reports')).filter((f) => Number(f.slice(0, 4)) >= 1990).sort();
  for (const f of reportFiles) {
    const text = readFileSync(path.join(CORPUS, 'gov-work-reports', f), 'utf8');
    reportsChars += han(text);
    bytes += Buffer.byteLength(text);
    const found = typoFindings(text);
    reportsFp += found.length;
    if (process.env.SHOW_FP) for (const x of found) log(`  FP ${f}: ${x.message} …${text.slice(Math.max(0, x.span.start - 8), x.span.end + 8).replace(/\n/g, ' ')}…`);
  }
  const mbPerSecond = bytes / 1e6 / ((Date.now() - t0) / 1000);
  // 2. acc_rmrb: error-free sentences; any finding is an over-correction.
  const rmrb = JSON.parse(readFileSync(path.join(CORPUS, 'csc', 'macro-correct-acc_rmrb.json'), 'utf8')) as { original_text: string }[];
  let rmrbFlagged = 0;
  for (const r of quick ? rmrb.slice(0, 1000) : rmrb) {
    const found = typoFindings(r.original_text);
    if (found.length) {
      rmrbFlagged++;
      if (process.env.SHOW_FP) log(`  OC: ${found.map((x) => x.message).join(' ')} ${r.original_text.slice(0, 60)}`);
    }
  }
  const rmrbTotal = quick ? 1000 : rmrb.length;
  // 3. ecspell-odw: sentence-level detection and correction (SIGHAN style: all positions must match).
  const rows = readFileSync(path.join(CORPUS, 'csc', 'ecspell-odw.train.tsv'), 'utf8').split('\n').filter(Boolean);
  let dTp = 0;
  let cTp = 0;
  let predicted = 0;
  let actual = 0;
  for (const row of rows) {
    const [, text, corrected] = row.split('\t');
    if (!text || !corrected || text.length !== corrected.length) continue;
    const gold: [number, string][] = [];
    for (let i = 0; i < text.length; i++) if (text[i] !== corrected[i]) gold.push([i, corrected[i]]);
    const pred = typoFindings(text).flatMap((f) => edits(text, f));
    if (gold.length) actual++;
    if (pred.length) predicted++;
    if (!gold.length || !pred.length) continue;
    const key = (e: [number, string][], withChar: boolean) => e.map(([i, c]) => (withChar ? `${i}${c}` : `${i}`)).sort().join(',');
    if (key(gold, false) === key(pred, false)) dTp++;
    if (key(gold, true) === key(pred, true)) cTp++;
  }
  // 4. Planted typos in clean report text.
  const planted = plantTypos(
    reportFiles.map((f) => readFileSync(path.join(CORPUS, 'gov-work-reports', f), 'utf8')),
    seg!,
    { cases: quick ? 500 : 3000, seed: 20261125 },
  );
  let hit = 0;
  let corrected = 0;
  for (const c of planted) {
    const found = typoFindings(c.text);
    const at = found.filter((f) => f.span.start <= c.position && c.position < f.span.end);
    if (at.length) hit++;
    if (at.some((f) => edits(c.text, f).some(([i, ch]) => i === c.position && ch === c.original))) corrected++;
  }
  return {
    reportsFpPer10k: (reportsFp / reportsChars) * 10000,
    reportsFp,
    reportsChars,
    rmrbOvercorrection: rmrbFlagged / rmrbTotal,
    rmrbFlagged,
    rmrbTotal,
    odw: { detection: prf(dTp, predicted, actual), correction: prf(cTp, predicted, actual), sentences: rows.length },
    planted: { recall: hit / planted.length, cases: planted.length, correctedRecall: corrected / planted.length },
    mbPerSecond,
  };
}

if (require.main === module) {
  const figures = runTypoBenchmark();
  if (figures) console.log(JSON.stringify(figures, null, 2));
}
