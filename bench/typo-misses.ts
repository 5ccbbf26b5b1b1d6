// Why the typo detector misses what it misses: each real slip of ecspell-odw's tuning part, and each typo planted
// into the 1990–2014 reports, put in the bucket of the check that drops its right correction. Tuning data only:
// the held-out part of odw is never looked at here.
// Usage: npx tsx bench/typo-misses.ts [--cases N] [--seed S]  (SHOW='gate name' prints that bucket's slips)
// The default seed plants the first cases of bench/typo-eval.ts's 3,000; tune on another seed to keep those unseen.
import { defaultConfig, lint, type Finding } from '../server/src/core';
import { confusionKinds } from '../server/src/core/analysis/confusions';
import { DEFAULT_DETECTOR_OPTIONS, decide, evidence, scoreCandidates, type DropGate } from '../server/src/core/analysis/typo-detector';
import type { Candidate } from '../server/src/core/analysis/typo-candidates';
import { loadNodeSegmenter } from '../server/src/node/jieba-segmenter';
import { plantTypos } from './plant-typos';
import { corpusPresent, odwRows, reportTexts } from './typo-data';

const seg = loadNodeSegmenter();
if (!seg) throw new Error('segmenter did not load');
const o = DEFAULT_DETECTOR_OPTIONS;
const config = defaultConfig();
for (const id of Object.keys(config.rules)) config.rules[id].severity = id === 'typo' ? 'warn' : 'off';
const casesArg = process.argv.indexOf('--cases');
const plantedCases = casesArg > 0 ? Number(process.argv[casesArg + 1]) : 1000;
const seedArg = process.argv.indexOf('--seed');
const plantSeed = seedArg > 0 ? Number(process.argv[seedArg + 1]) : 20261125;

/** The character edits the typo findings of a text propose, as "position:character". */
function proposed(text: string): Set<string> {
  const out = new Set<string>();
  const findings: Finding[] = lint(text, { config, segmenter: seg }).findings.filter((f) => f.ruleId === 'typo');
  for (const f of findings)
    for (const e of (f.fix ?? f.suggestions?.[0])?.edits ?? []) {
      const before = text.slice(e.span.start, e.span.end);
      for (let i = 0; i < Math.min(before.length, e.text.length); i++)
        if (before[i] !== e.text[i]) out.add(`${e.span.start + i}:${e.text[i]}`);
    }
  return out;
}

const GATE_ORDER: DropGate[] = ['not a suspect', 'names and numerals', 'window cuts a word', 'unigram gate', 'context gain'];

/** The bucket of one slip: the right character `right` meant at `p` of `text`. */
function bucketOf(text: string, p: number, right: string, edits: Set<string>): string {
  if (edits.has(`${p}:${right}`)) return 'found';
  if ([...edits].some((e) => e.startsWith(`${p}:`))) return 'found, wrong correction';
  const fits = (c: Candidate) => c.start <= p && p < c.end && (c.at === p || c.pair === true) && c.word[p - c.start] === right;
  let unexamined = false;
  let furthest = -1;
  const scored = scoreCandidates(seg!, text, o, (at, gate, c) => {
    if (!c) unexamined ||= at === p;
    else if (fits(c)) furthest = Math.max(furthest, GATE_ORDER.indexOf(gate));
  });
  if (unexamined)
    return seg!.frequency(text[p]) < o.minTypedFrequency ? 'not a suspect: a rare character not alone or inside a word' : 'not a suspect';
  if (!confusionKinds(text[p])?.has(right.charCodeAt(0))) return 'no candidate: not confusable';
  const mine = scored.filter(fits);
  if (!mine.length) return furthest >= 0 ? GATE_ORDER[furthest] : 'no candidate: no fitting word';
  const best = mine.reduce((a, b) => (evidence(b, true, o) > evidence(a, true, o) ? b : a));
  const ev = evidence(best, true, o);
  if (ev >= o.minGain) {
    const kept = decide(scored, true, o).some((s) => s.span.start <= p && p < s.span.end && s.right[p - s.span.start] === right);
    return kept ? 'recurs, allowed or overlaps the dictionary' : 'beaten by another candidate';
  }
  if (best.unigramGain < o.minUnigramGain) return 'unigram gate';
  if (best.contextGain < o.minGain) return 'context gain';
  if (ev > -Infinity) return `penalties (${best.pair ? 'pair' : best.realWord ? 'real word' : best.kind})`;
  if (best.commonChar || best.strongOnly) return 'common character, figure or function word, not strong';
  return 'hint criteria (tag, context share)';
}

function report(title: string, slips: { text: string; p: number; right: string; edits: Set<string> }[]) {
  const counts = new Map<string, number>();
  const show = process.env.SHOW;
  for (const s of slips) {
    const b = bucketOf(s.text, s.p, s.right, s.edits);
    counts.set(b, (counts.get(b) ?? 0) + 1);
    if (show && b.startsWith(show))
      console.log(`  ${b}: ${s.text.slice(Math.max(0, s.p - 10), s.p)}[${s.text[s.p]}→${s.right}]${s.text.slice(s.p + 1, s.p + 10)}`);
  }
  console.log(`${title}: ${slips.length} slips`);
  for (const [b, n] of [...counts].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(n).padStart(5)}  ${((n / slips.length) * 100).toFixed(1).padStart(5)}%  ${b}`);
}

if (!corpusPresent()) {
  console.log('typo-misses skipped: the corpus is absent');
} else {
  const odw = odwRows('tune').flatMap(({ text, corrected }) => {
    const edits = proposed(text);
    return [...text].flatMap((ch, p) => (ch !== corrected[p] ? [{ text, p, right: corrected[p], edits }] : []));
  });
  report('odw tuning part', odw);
  const planted = plantTypos(
    reportTexts('gov-1990-2014').map((r) => r.text),
    seg,
    { cases: plantedCases, seed: plantSeed },
  );
  report(
    'planted into 1990–2014',
    planted.map((c) => ({ text: c.text, p: c.position, right: c.original, edits: proposed(c.text) })),
  );
}
