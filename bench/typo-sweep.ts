// Tunes the typo detector's thresholds on the tuning part of ecspell-odw and the 1990–2014 reports only:
// scores every candidate once, then sweeps the decision over the stored evidence.
// Usage: [WIDE='{"minWordFrequency":100}'] npx tsx bench/typo-sweep.ts ['[{"minGain":4}, …]']
import {
  decide,
  recurs,
  DEFAULT_DETECTOR_OPTIONS,
  scoreCandidates,
  type DetectorOptions,
  type ScoredCandidate,
} from '../server/src/core/analysis/typo-detector';
import { splitSentences } from '../server/src/core/parse/parse-report';
import { loadNodeSegmenter } from '../server/src/node/jieba-segmenter';
import { hanCount, odwRows, reportTexts } from './typo-data';

const seg = loadNodeSegmenter()!;
const wide: DetectorOptions = { ...DEFAULT_DETECTOR_OPTIONS, ...JSON.parse(process.env.WIDE ?? '{}') };
const t0 = Date.now();
const odw = odwRows('tune').map((r) => ({ ...r, scored: scoreCandidates(seg, r.text, wide) }));
const t1 = Date.now();
const reports = reportTexts('gov-1990-2014');
let chars = 0;
const reportSentences: { text: string; doc: string; scored: ScoredCandidate[] }[] = [];
for (const { text } of reports) {
  chars += hanCount(text);
  for (const line of text.split('\n'))
    for (const s of splitSentences(line, { start: 0, end: line.length })) {
      const sentence = line.slice(s.span.start, s.span.end);
      reportSentences.push({ text: sentence, doc: text, scored: scoreCandidates(seg, sentence, wide) });
    }
}
const t2 = Date.now();
console.log(`scored odw tune ${odw.length} rows in ${t1 - t0} ms, reports ${chars} chars in ${t2 - t1} ms`);

function run(o: DetectorOptions, show = false) {
  let tp = 0,
    dtp = 0,
    pred = 0,
    act = 0;
  for (const r of odw) {
    const gold = [...r.text].map((c, i) => (c !== r.corrected[i] ? `${i}${r.corrected[i]}` : '')).filter(Boolean);
    const found = decide(r.scored, true, o);
    const p = found.flatMap((f) =>
      [...f.wrong].map((c, i) => (c !== f.right[i] ? `${f.span.start + i}${f.right[i]}` : '')).filter(Boolean),
    );
    if (gold.length) act++;
    if (p.length) pred++;
    if (gold.length && p.sort().join() === gold.sort().join()) tp++;
    if (
      gold.length &&
      p
        .map((x) => x.replace(/\D/g, ''))
        .sort()
        .join() ===
        gold
          .map((x) => x.replace(/\D/g, ''))
          .sort()
          .join()
    )
      dtp++;
  }
  let fp = 0;
  for (const s of reportSentences) {
    const found = decide(s.scored, true, o).filter((f) => !recurs(s.doc, f.wrong));
    fp += found.length;
    if (show)
      for (const f of found)
        console.log(`  FP ${f.wrong}->${f.right} ${f.gain.toFixed(1)} ${s.text.slice(Math.max(0, f.span.start - 6), f.span.end + 6)}`);
  }
  const f1 = (tp: number) => {
    const P = tp / (pred || 1),
      R = tp / act;
    return `${P.toFixed(2)}/${R.toFixed(2)}/${((2 * P * R) / (P + R || 1)).toFixed(2)}`;
  };
  return `corr P/R/F1=${f1(tp)} det=${f1(dtp)} fp/10k=${((fp / chars) * 1e4).toFixed(2)} (${fp})`;
}

const grid: Partial<DetectorOptions>[] = JSON.parse(process.argv[2] ?? '[{}]');
for (const g of grid) console.log(JSON.stringify(g), run({ ...wide, ...g }, !!process.env.SHOW_FP));
