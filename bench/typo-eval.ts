// Typo benchmark on data the detector was not tuned on, beside the data it was: false positives on published
// reports and on error-free news sentences, sentence-level detection and correction on real typos in official
// documents (ecspell-odw, held-out part), and recall on typos planted into clean report text.
// Usage: npx tsx bench/typo-eval.ts [--quick]  (data from ../shared/corpus, see its README)
import { defaultConfig, lint, type Finding } from '../server/src/core';
import { DEFAULT_DETECTOR_OPTIONS } from '../server/src/core/analysis/typo-detector';
import { loadNodeSegmenter } from '../server/src/node/jieba-segmenter';
import { plantTypos } from './plant-typos';
import { corpusPresent, CORPUS, hanCount, odwRows, reportTexts, rmrbSentences } from './typo-data';

const quick = process.argv.includes('--quick');

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface OdwFigures {
  sentences: number;
  /** A sentence with a slip gets a typo finding; a clean one gets none. */
  detection: Prf;
  /** Every character edit of the sentence proposed, and nothing else. */
  correction: Prf;
  /** Every wrong character located, and nothing else (SIGHAN detection). */
  location: Prf;
}

export interface FpFigures {
  findings: number;
  strong: number;
  chars: number;
  per10k: number;
  strongPer10k: number;
}

export interface TypoFigures {
  gov: FpFigures;
  congress: FpFigures;
  rmrb: { flagged: number; total: number; rate: number };
  odwHeldOut: OdwFigures;
  odwTune: OdwFigures;
  planted: { recall: number; cases: number; correctedRecall: number; typeableRecall: number; typeableCases: number };
  contextModel: boolean;
}

const seg = loadNodeSegmenter();
if (!seg) throw new Error('segmenter did not load');
const config = defaultConfig();
for (const id of Object.keys(config.rules)) config.rules[id].severity = id === 'typo' ? 'warn' : 'off';

export function typoFindings(text: string): Finding[] {
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

function prf(tp: number, predicted: number, actual: number): Prf {
  const precision = predicted ? tp / predicted : 0;
  const recall = actual ? tp / actual : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function falsePositives(texts: { name: string; text: string }[], log: (s: string) => void): FpFigures {
  let findings = 0;
  let strong = 0;
  let chars = 0;
  for (const { name, text } of texts) {
    chars += hanCount(text);
    const found = typoFindings(text);
    findings += found.length;
    strong += found.filter((f) => f.severity !== 'info').length;
    if (process.env.SHOW_FP)
      for (const x of found)
        log(`  FP ${name}: ${x.message} …${text.slice(Math.max(0, x.span.start - 8), x.span.end + 8).replace(/\n/g, ' ')}…`);
  }
  return { findings, strong, chars, per10k: (findings / chars) * 1e4, strongPer10k: (strong / chars) * 1e4 };
}

export function odwFigures(part: 'tune' | 'held-out'): OdwFigures {
  const rows = odwRows(part);
  let flaggedWithSlip = 0;
  let corrected = 0;
  let located = 0;
  let flagged = 0;
  let withSlip = 0;
  for (const { text, corrected: right } of rows) {
    const gold: [number, string][] = [];
    for (let i = 0; i < text.length; i++) if (text[i] !== right[i]) gold.push([i, right[i]]);
    const pred = typoFindings(text).flatMap((f) => edits(text, f));
    if (gold.length) withSlip++;
    if (pred.length) flagged++;
    if (!gold.length || !pred.length) continue;
    flaggedWithSlip++;
    const key = (e: [number, string][], withChar: boolean) =>
      e
        .map(([i, c]) => (withChar ? `${i}${c}` : `${i}`))
        .sort()
        .join(',');
    if (key(gold, false) === key(pred, false)) located++;
    if (key(gold, true) === key(pred, true)) corrected++;
  }
  return {
    sentences: rows.length,
    detection: prf(flaggedWithSlip, flagged, withSlip),
    correction: prf(corrected, flagged, withSlip),
    location: prf(located, flagged, withSlip),
  };
}

export function runTypoBenchmark(log: (s: string) => void = console.log): TypoFigures | null {
  if (!corpusPresent()) {
    log(`typo benchmark skipped: ${CORPUS} is absent`);
    return null;
  }
  const gov = reportTexts('gov-1990-2014');
  const rmrb = quick ? rmrbSentences().slice(0, 1000) : rmrbSentences();
  let flagged = 0;
  for (const s of rmrb) {
    const found = typoFindings(s);
    if (found.length) {
      flagged++;
      if (process.env.SHOW_FP) log(`  OC: ${found.map((x) => x.message).join(' ')} ${s.slice(0, 60)}`);
    }
  }
  const planted = plantTypos(
    gov.map((r) => r.text),
    seg!,
    { cases: quick ? 500 : 3000, seed: 20261125 },
  );
  let hit = 0;
  let fixed = 0;
  // The planter draws from every confusable character, rare ones included (钇 for 亿), which an input method
  // hardly ever offers; the detector leaves characters that rare alone, so recall is also given without them.
  let typeable = 0;
  let typeableHit = 0;
  for (const c of planted) {
    const at = typoFindings(c.text).filter((f) => f.span.start <= c.position && c.position < f.span.end);
    const common = seg!.frequency(c.planted) >= DEFAULT_DETECTOR_OPTIONS.minTypedFrequency;
    if (common) typeable++;
    if (at.length && common) typeableHit++;
    if (at.length) hit++;
    if (at.some((f) => edits(c.text, f).some(([i, ch]) => i === c.position && ch === c.original))) fixed++;
  }
  return {
    gov: falsePositives(gov, log),
    congress: falsePositives(reportTexts('cpc-congress'), log),
    rmrb: { flagged, total: rmrb.length, rate: flagged / rmrb.length },
    odwHeldOut: odwFigures('held-out'),
    odwTune: odwFigures('tune'),
    planted: {
      recall: hit / planted.length,
      cases: planted.length,
      correctedRecall: fixed / planted.length,
      typeableRecall: typeableHit / typeable,
      typeableCases: typeable,
    },
    contextModel: seg!.context !== undefined,
  };
}

if (require.main === module) {
  const figures = runTypoBenchmark();
  if (figures) console.log(JSON.stringify(figures, null, 2));
}
