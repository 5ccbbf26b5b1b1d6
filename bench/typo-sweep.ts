// Sweeps the typo detector's thresholds over the benchmark data: prints one line of figures a setting.
// Usage: npx tsx bench/typo-sweep.ts
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { detectTypos, type DetectorOptions } from '../server/src/core/analysis/typo-detector';
import { splitSentences } from '../server/src/core/parse/parse-report';
import { loadNodeSegmenter } from '../server/src/node/jieba-segmenter';
import { plantTypos } from './plant-typos';

const CORPUS = path.resolve(__dirname, '..', '..', 'shared', 'corpus');
const seg = loadNodeSegmenter()!;
const han = (s: string) => (s.match(/[\u4e00-\u9fff]/g) ?? []).length;
const none = () => false;
const sentencesOf = (text: string) => text.split('\n').flatMap((line, i, all) => {
  const start = all.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
  return splitSentences(text, { start, end: start + line.length });
});

const reports = readdirSync(path.join(CORPUS, 'gov-work-reports')).filter((f) => Number(f.slice(0, 4)) >= 1990).map((f) => readFileSync(path.join(CORPUS, 'gov-work-reports', f), 'utf8'));
const reportSentences = reports.flatMap((t) => sentencesOf(t).map((s) => ({ text: t, span: s.span })));
const reportChars = reports.reduce((n, t) => n + han(t), 0);
const rmrb = (JSON.parse(readFileSync(path.join(CORPUS, 'csc', 'macro-correct-acc_rmrb.json'), 'utf8')) as { original_text: string }[]).map((r) => r.original_text);
const odw = readFileSync(path.join(CORPUS, 'csc', 'ecspell-odw.train.tsv'), 'utf8').split('\n').filter(Boolean).map((r) => r.split('\t')).filter(([, a, b]) => a && b && a.length === b.length);
const planted = plantTypos(reports, seg, { cases: 1000, seed: 20261125 });

function run(o: DetectorOptions) {
  let fp = 0;
  for (const s of reportSentences) fp += detectTypos(seg, s.text, s.span, none, o).length;
  let oc = 0;
  for (const t of rmrb) if (detectTypos(seg, t, { start: 0, end: t.length }, none, o).length) oc++;
  let tp = 0, pred = 0, act = 0;
  for (const [, a, b] of odw) {
    const gold = [...a].map((c, i) => (c !== b[i] ? `${i}${b[i]}` : '')).filter(Boolean).join();
    const found = detectTypos(seg, a, { start: 0, end: a.length }, none, o);
    const p = found.flatMap((f) => [...f.wrong].map((c, i) => (c !== f.right[i] ? `${f.span.start + i}${f.right[i]}` : '')).filter(Boolean)).sort().join();
    if (gold) act++;
    if (p) pred++;
    if (gold && p === gold) tp++;
  }
  let hit = 0;
  for (const c of planted) if (detectTypos(seg, c.text, { start: 0, end: c.text.length }, none, o).some((f) => f.span.start <= c.position && c.position < f.span.end)) hit++;
  const P = tp / (pred || 1), R = tp / act;
  return `fp/10k=${((fp / reportChars) * 1e4).toFixed(2)} rmrb=${((oc / rmrb.length) * 100).toFixed(2)}% odwP=${P.toFixed(2)} R=${R.toFixed(2)} F1=${((2 * P * R) / (P + R || 1)).toFixed(2)} planted=${((hit / planted.length) * 100).toFixed(1)}%`;
}

const grid: Partial<DetectorOptions>[] = JSON.parse(process.argv[2] ?? '[{}]');
for (const g of grid) {
  const o: DetectorOptions = { maxSingleFrequency: 20000, minWordFrequency: 100, minGain: 6, shapes: true, shapePenalty: 0, ...g };
  console.log(JSON.stringify(g), run(o));
}
