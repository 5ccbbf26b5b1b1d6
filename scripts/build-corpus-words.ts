// Builds server/src/core/data/corpus-words.json: words of three or four characters that official prose uses often
// though the segmenter's dictionary rates them under the frequency a correction must reach (产学研, 宏观调控), and
// (below) those the context model reads as likely as a word at that floor (党的领导); without them a slip of one
// could never be corrected.
// Mined from the 政府工作报告 1990–2014 of ../shared/corpus only, the part the detector is tuned on: the reports
// before 1990, the party congress reports and acc_rmrb stay unseen, and their audit says how far it carries.
// A word is kept where the segmenter cuts it out at least MIN_USES times in at least MIN_REPORTS reports (one
// report's topic is not yet the vocabulary of the genre). Only words of three or four characters: a rare word of
// two is one sound away from the two-character abbreviations recent prose coins (智检 beside 质检), which the
// context model cannot tell from slips (docs/rules/typo.md, 局限), while a longer one is specific to its phrase.
// People's names are left out of both lists: that web text makes a name likely (张纪中, 郭富城) is no sign that a
// writer meant it, and a person a report names is seldom a famous one.
// Run with `npm run build:corpus-words`; the output is committed, the corpus is not needed at run time. Without
// the model file the model's list is kept as it is.
import { existsSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { DEFAULT_DETECTOR_OPTIONS } from '../server/src/core/analysis/typo-options';
import { isBasicHanCode } from '../server/src/core/text/chars';
import { loadNodeSegmenter } from '../server/src/node/jieba-segmenter';
import { CORPUS, reportTexts } from '../bench/typo-data';

const MIN_USES = 3;
const MIN_REPORTS = 2;
const MIN_LENGTH = 3;
const FLOOR = DEFAULT_DETECTOR_OPTIONS.minWordFrequency;

if (!existsSync(CORPUS)) throw new Error(`no corpus at ${CORPUS}`);
const seg = loadNodeSegmenter();
if (!seg) throw new Error('the segmenter did not load');
/** People's names (the dictionary's nr tags). */
const PERSON_TAGS = new Set(['nr', 'nrt', 'nrfg']);
const isName = (word: string) => PERSON_TAGS.has(seg.tagOf(word) ?? '');
const uses = new Map<string, number>();
const reports = new Map<string, Set<string>>();
for (const { name, text } of reportTexts('gov-1990-2014')) {
  for (const word of seg.cut(text)) {
    if (word.length < MIN_LENGTH || word.length > 4 || ![...word].every((c) => isBasicHanCode(c.charCodeAt(0)))) continue;
    const frequency = seg.frequency(word);
    if (!(frequency > 0 && frequency < FLOOR) || isName(word)) continue;
    uses.set(word, (uses.get(word) ?? 0) + 1);
    (reports.get(word) ?? reports.set(word, new Set()).get(word)!).add(name);
  }
}
const words = [...uses]
  .filter(([word, n]) => n >= MIN_USES && reports.get(word)!.size >= MIN_REPORTS)
  .map(([word]) => word)
  .sort();
// The context model's own word evidence: a word of three or four characters the dictionary rates under the floor
// but the model, from a larger and later text, reads at least as likely as the typical word just over the floor
// (the median of those of its length with a frequency of FLOOR to 2 × FLOOR), read as one word where it knows it
// and as its words where it does not (党的领导 is 党|的|领导 to it, and a correction to it is scored just so).
// Used only where the model is loaded. People's names are left out here too.
const file = path.resolve(__dirname, '..', 'server', 'src', 'core', 'data', 'corpus-words.json');
const context = seg.context;
const modelWords: string[] = [];
for (const length of context ? [3, 4] : []) {
  const atFloor: number[] = [];
  const below: string[] = [];
  for (const [word, frequency] of seg.wordsOfLength(length)) {
    if (![...word].every((c) => isBasicHanCode(c.charCodeAt(0)))) continue;
    if (frequency >= FLOOR && frequency < 2 * FLOOR) atFloor.push(context!.score(word));
    else if (frequency > 0 && frequency < FLOOR && !isName(word)) below.push(word);
  }
  atFloor.sort((a, b) => a - b);
  const median = atFloor[Math.floor(atFloor.length / 2)];
  modelWords.push(...below.filter((word) => context!.score(word) >= median));
  console.log(`${length} characters: median log10 probability at the floor ${median.toFixed(2)}`);
}
modelWords.sort();
if (!context) {
  console.warn('the context model did not load (models/open-gram-trigram.bin): its list is kept as it is');
  modelWords.push(...(JSON.parse(readFileSync(file, 'utf8')) as { modelWords: string }).modelWords.split(' '));
}
const source = `政府工作报告 1990–2014 of ../shared/corpus: dictionary words of ${MIN_LENGTH}–4 characters of frequency under ${FLOOR} cut out ${MIN_USES}+ times in ${MIN_REPORTS}+ reports`;
const modelSource = `dictionary words of 3–4 characters under ${FLOOR} that the context model reads at least as likely as the median word of ${FLOOR} to ${2 * FLOOR}`;
writeFileSync(file, JSON.stringify({ source, words: words.join(' '), modelSource, modelWords: modelWords.join(' ') }) + '\n');
console.log(`${words.length} corpus words and ${modelWords.length} model words written to ${file}`);
