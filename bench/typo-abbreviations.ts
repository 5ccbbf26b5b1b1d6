/**
 * Whether an abbreviation reading separates coinages from slips among the hints that rest on the plain-prose
 * waiver alone (plainSlip, without the context share): the window's first character begins a common word W1, its
 * second begins or ends a common word W2, and the context model reads W1W2 as a pair, measured as
 * score(W1W2) − score(W1) − unigram(W2) (log10, how much likelier W2 reads after W1 than on its own), the best
 * over the `--top` commonest such words of each character (and, beside it, the best score of W1W2 per character,
 * the absolute reading the association could be replaced by). Printed: that association for the expansions of old
 * and new abbreviations, for each waiver-reliant hint of the made-up sentences, and how many waiver-reliant hints
 * on planted slips each threshold would withdraw.
 * Run: npx tsx bench/typo-abbreviations.ts [--top 10] [--cases 2000 --seed 777]
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { DEFAULT_DETECTOR_OPTIONS as o, evidence, scoreCandidates } from '../server/src/core/analysis/typo-detector';
import { loadNodeSegmenter } from '../server/src/node/jieba-segmenter';
import { plantTypos } from './plant-typos';
import { corpusPresent, reportTexts } from './typo-data';

const seg = loadNodeSegmenter();
if (!seg?.context) throw new Error('segmenter or context model did not load');
const model = seg.context;
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const top = arg('--top', 10);
const MIN_FREQUENCY = 1000;

const byStart = new Map<string, string[]>();
const byEnd = new Map<string, string[]>();
const listed: [string, number][] = [];
for (let length = 2; length <= 4; length++)
  for (const [word, f] of seg.wordsOfLength(length, MIN_FREQUENCY)) if (f >= MIN_FREQUENCY && model.has(word)) listed.push([word, f]);
listed.sort((a, b) => b[1] - a[1]);
for (const [word] of listed)
  for (const [map, ch] of [
    [byStart, word[0]],
    [byEnd, word[word.length - 1]],
  ] as const) {
    const words = map.get(ch) ?? map.set(ch, []).get(ch)!;
    if (words.length < top) words.push(word);
  }

const association = (w1: string, w2: string) => model.score(w1 + w2) - model.score(w1) - model.unigram(w2);
/** The best abbreviation reading of a two-character window, as [association, W1|W2, best score per character]. */
function bestReading(window: string): [number, string, number] {
  let best: [number, string, number] = [-Infinity, '', -Infinity];
  for (const w1 of byStart.get(window[0]) ?? [])
    for (const w2 of [...(byStart.get(window[1]) ?? []), ...(byEnd.get(window[1]) ?? [])]) {
      if (w1 === w2) continue;
      if (association(w1, w2) > best[0]) best = [association(w1, w2), `${w1}|${w2}`, best[2]];
      best[2] = Math.max(best[2], model.score(w1 + w2) / (w1.length + w2.length));
    }
  return best;
}

console.log('association of expansions (old abbreviations, then coinages since 2015):');
for (const pair of [
  '北京|大学',
  '科学|研究',
  '环境|保护',
  '对外|贸易',
  '减轻|负担',
  '智能|制造',
  '振兴|企业',
  '接听|诉求',
  '惠及|企业',
  '稳定|岗位',
  '提升|质量',
])
  console.log(`  ${pair} ${association(...(pair.split('|') as [string, string])).toFixed(2)}`);

/** Two-character candidates whose hint rests on the plain-prose waiver alone. */
function waiverReliant(sentence: string) {
  return scoreCandidates(seg!, sentence, o).filter(
    (c) =>
      c.plainSlip &&
      c.original.length === 2 &&
      evidence(c, true, o) >= o.minGain &&
      !(evidence({ ...c, plainSlip: false }, true, o) >= o.minGain),
  );
}

for (const file of ['coinages.txt', 'slips.txt']) {
  console.log(`waiver-reliant candidates in bench/data/${file}:`);
  for (const sentence of readFileSync(join(__dirname, 'data', file), 'utf8')
    .split('\n')
    .filter(Boolean))
    for (const c of waiverReliant(sentence)) {
      const [value, reading, perCharacter] = bestReading(c.original);
      console.log(`  ${c.original}→${c.word} best reading ${reading} ${value.toFixed(2)}, best per character ${perCharacter.toFixed(2)}`);
    }
}

if (corpusPresent()) {
  const cases = plantTypos(
    reportTexts('gov-1990-2014').map((r) => r.text),
    seg,
    { cases: arg('--cases', 2000), seed: arg('--seed', 777) },
  );
  const atSlip: number[] = [];
  const elsewhere: number[] = [];
  for (const k of cases) for (const c of waiverReliant(k.text)) (c.at === k.position ? atSlip : elsewhere).push(bestReading(c.original)[0]);
  console.log(`planted: ${cases.length} cases, waiver-reliant candidates ${atSlip.length} at the slip, ${elsewhere.length} elsewhere`);
  for (const t of [-0.5, -0.4, -0.3, -0.2, -0.1, 0, 0.5, 1])
    console.log(
      `  withdraw at association ≥ ${t}: ${atSlip.filter((x) => x >= t).length} at the slip, ${elsewhere.filter((x) => x >= t).length} elsewhere`,
    );
}
