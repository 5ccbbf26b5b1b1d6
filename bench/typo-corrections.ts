// Why a sentence of ecspell-odw's tuning part that the typo rule flags is still not corrected: each such sentence
// put in the buckets of what went wrong. Tuning data only: the held-out part is never looked at here.
// Usage: npx tsx bench/typo-corrections.ts [--show BUCKET-LETTER] [--why REASON]  (prints that bucket's sentences,
// or the unfound slips whose reason starts with REASON, e.g. --why 'not a suspect')
import { defaultConfig, lint, type Finding } from '../server/src/core';
import { confusionKinds } from '../server/src/core/analysis/confusions';
import type { Candidate } from '../server/src/core/analysis/typo-candidates';
import { DEFAULT_DETECTOR_OPTIONS, evidence, scoreCandidates, type DropGate } from '../server/src/core/analysis/typo-detector';
import { leavesLoneCharacter } from '../server/src/core/analysis/typo-rare';
import { clusterOptions } from '../server/src/core/analysis/typo-slips';
import { splitSentences } from '../server/src/core/parse/parse-report';
import { loadNodeSegmenter } from '../server/src/node/jieba-segmenter';
import { corpusPresent, odwRows } from './typo-data';

const seg = loadNodeSegmenter();
if (!seg) throw new Error('segmenter did not load');
const config = defaultConfig();
for (const id of Object.keys(config.rules)) config.rules[id].severity = id === 'typo' ? 'warn' : 'off';
const showArg = process.argv.indexOf('--show');
const show = showArg > 0 ? process.argv[showArg + 1] : undefined;
const whyArg = process.argv.indexOf('--why');
const why = whyArg > 0 ? process.argv[whyArg + 1] : undefined;

const BUCKETS = {
  a: 'a slip found with the wrong character',
  b: 'another slip of the sentence not found',
  c: 'a spurious edit beside a right one',
  d: 'one finding holds a right edit and a wrong one (a window changed more than the slip)',
  e: 'gold odd: it changes a character that is not Han (punctuation, letters, digits), not a slip of the keys',
} as const;
type Bucket = keyof typeof BUCKETS;

/** The character edits of one finding, position -> new character. */
function editsOf(text: string, f: Finding): Map<number, string> {
  const out = new Map<number, string>();
  for (const e of (f.fix ?? f.suggestions?.[0])?.edits ?? []) {
    const before = text.slice(e.span.start, e.span.end);
    for (let i = 0; i < Math.min(before.length, e.text.length); i++) if (before[i] !== e.text[i]) out.set(e.span.start + i, e.text[i]);
  }
  return out;
}

const GATES: DropGate[] = ['not a suspect', 'names and numerals', 'window cuts a word', 'unigram gate', 'context gain'];
const relaxed = clusterOptions(DEFAULT_DETECTOR_OPTIONS);

/**
 * Why the search for further slips misses the slip at p: the sentence mended where the findings are right, the check
 * of that search (clusterOptions) that drops the right correction.
 */
function whyUnfound(mended: string, p: number, right: string, gold: Map<number, string>): string {
  // A double slip's candidate changes both characters of its word, each to the gold one.
  const pairFits = (c: Candidate) => c.pair === true && [...c.word].every((ch, i) => gold.get(c.start + i) === ch);
  const fits = (c: Candidate) => c.start <= p && p < c.end && ((c.at === p && c.word[p - c.start] === right) || pairFits(c));
  let unexamined = false;
  let furthest = -1;
  const scored = scoreCandidates(seg!, mended, relaxed, (at, gate, c) => {
    if (!c) unexamined ||= at === p;
    else if (fits(c)) furthest = Math.max(furthest, GATES.indexOf(gate));
  });
  if (unexamined) return 'not a suspect (a common word, or a very common character alone)';
  const mine = scored.filter(fits);
  const pair = mine.some((c) => c.pair) ? ' (double slip)' : '';
  if (!mine.length && furthest === 0) return 'not a suspect: a look-alike of a very common character';
  if (!mine.length && !confusionKinds(mended[p])?.has(right.charCodeAt(0))) return 'no candidate: not confusable';
  if (!mine.length) return furthest >= 0 ? GATES[furthest] : 'no candidate: no fitting word (often two slips side by side)';
  // The search for a further slip tries a double slip that forms no word only where, mended, it leaves no lone
  // character behind (a name spelt out by sound does).
  const searched = (c: Candidate) =>
    !c.pair || c.realWord || !leavesLoneCharacter(seg!, mended, c, DEFAULT_DETECTOR_OPTIONS.maxSingleFrequency);
  if (!mine.some(searched)) return 'double slip that leaves a lone character beside it (not searched)';
  const best = Math.max(...mine.filter(searched).map((c) => evidence(c, true, relaxed)));
  if (best >= relaxed.minGain) return `beaten by another candidate${pair}`;
  return best === -Infinity
    ? `common character, tag, unigram gate or a real word's context share${pair}`
    : `gain below ${relaxed.minGain}${pair}`;
}

/** The buckets of one flagged sentence that is not corrected: several may hold at once. */
function bucketsOf(text: string, gold: Map<number, string>, findings: Map<number, string>[]): Bucket[] {
  const out = new Set<Bucket>();
  const han = /[\u4e00-\u9fff]/;
  if ([...gold.keys()].some((p) => !han.test(text[p]) || !han.test(gold.get(p)!))) out.add('e');
  const predicted = new Map(findings.flatMap((f) => [...f]));
  for (const [p, c] of gold) {
    if (!predicted.has(p)) out.add('b');
    else if (predicted.get(p) !== c) out.add('a');
  }
  for (const f of findings) {
    const right = [...f].filter(([p, c]) => gold.get(p) === c).length;
    const extra = [...f].filter(([p]) => !gold.has(p)).length;
    if (right && extra) out.add('d');
    else if (extra && !right && [...predicted].some(([p, c]) => gold.get(p) === c)) out.add('c');
  }
  return [...out].sort();
}

if (!corpusPresent()) {
  console.log('typo-corrections skipped: the corpus is absent');
} else {
  const counts = new Map<string, number>();
  const single = new Map<Bucket, number>();
  let flagged = 0;
  let corrected = 0;
  let withSlip = 0;
  /** Sentences of bucket b by how many of their slips are not found: one more found slip corrects those with one. */
  const missing = new Map<number, number>();
  const unfoundWhy = new Map<string, number>();
  for (const { text, corrected: right } of odwRows('tune')) {
    const gold = new Map<number, string>();
    for (let i = 0; i < text.length; i++) if (text[i] !== right[i]) gold.set(i, right[i]);
    if (gold.size) withSlip++;
    const findings = lint(text, { config, segmenter: seg })
      .findings.filter((f) => f.ruleId === 'typo')
      .map((f) => editsOf(text, f))
      .filter((e) => e.size);
    if (!findings.length) continue;
    flagged++;
    const predicted = new Map(findings.flatMap((f) => [...f]));
    const same = predicted.size === gold.size && [...gold].every(([p, c]) => predicted.get(p) === c);
    if (same) {
      corrected++;
      continue;
    }
    const buckets = gold.size ? bucketsOf(text, gold, findings) : (['clean sentence flagged'] as string[]);
    const unfound = [...gold.keys()].filter((p) => !predicted.has(p)).length;
    if (unfound) missing.set(unfound, (missing.get(unfound) ?? 0) + 1);
    const mended = [...text].map((ch, i) => (predicted.get(i) === gold.get(i) && gold.has(i) ? gold.get(i) : ch)).join('');
    for (const [p, c] of gold)
      if (!predicted.has(p)) {
        // The further search reads each sentence (up to 。；！？) on its own: one with no slip found is never searched.
        const own = splitSentences(text, { start: 0, end: text.length }).find((x) => x.span.start <= p && p < x.span.end);
        const primed = own && [...predicted.keys()].some((q) => own.span.start <= q && q < own.span.end);
        const reason = primed || !own ? whyUnfound(mended, p, c, gold) : 'its sentence (to 。；！？) holds no slip found: not searched';
        unfoundWhy.set(reason, (unfoundWhy.get(reason) ?? 0) + 1);
        if (why && reason.startsWith(why))
          console.log(`  ${reason}: ${mended.slice(Math.max(0, p - 8), p)}[${text[p]}→${c}]${mended.slice(p + 1, p + 8)}`);
      }
    const key = buckets.join('+') || '?';
    counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const b of buckets) if (b in BUCKETS) single.set(b as Bucket, (single.get(b as Bucket) ?? 0) + 1);
    if (show && buckets.includes(show)) {
      const marked = [...text].map((ch, i) =>
        gold.has(i) || predicted.has(i) ? `[${ch}→${gold.get(i) ?? '·'}/${predicted.get(i) ?? '·'}]` : ch,
      );
      console.log(`  ${key}: ${marked.join('')}`);
    }
  }
  const notCorrected = flagged - corrected;
  console.log(`odw tuning part: ${withSlip} sentences with a slip, ${flagged} flagged, ${corrected} corrected, ${notCorrected} not`);
  console.log('each bucket (a sentence may be in several):');
  for (const [b, title] of Object.entries(BUCKETS)) console.log(`  ${b}  ${String(single.get(b as Bucket) ?? 0).padStart(4)}  ${title}`);
  const missingCounts = [...missing].sort((a, b) => a[0] - b[0]).map(([k, n]) => `${n} miss ${k}`);
  console.log(`  slips not found per sentence of b: ${missingCounts.join(', ')}`);
  console.log('why the search for further slips misses them (each slip of b):');
  for (const [k, n] of [...unfoundWhy].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);
  console.log('by combination:');
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);
  console.log('marked [typed→gold/proposed], · for none');
}
