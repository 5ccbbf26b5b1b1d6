// Builds server/src/core/data/set-phrases.json: the set phrases of official prose, as every run of four Han
// characters seen at least MIN_COUNT times in the published reports of ../shared/corpus (政府工作报告 1954–2014
// and the party congress reports). A window one sound-alike or look-alike character away from one of them, and
// not itself one, is a near-miss of a fixed expression (保障粮食安全 written 保障良食安全).
// Run with `npm run build:set-phrases`; the output is committed, the corpus is not needed at run time.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';

export const PHRASE_LENGTH = 4;
const MIN_COUNT = 3;
const CORPUS = path.resolve(__dirname, '..', '..', 'shared', 'corpus');
const SOURCES = ['gov-work-reports', 'cpc-congress-reports'];

if (!existsSync(CORPUS)) throw new Error(`no corpus at ${CORPUS}`);
const counts = new Map<string, number>();
for (const dir of SOURCES) {
  for (const file of readdirSync(path.join(CORPUS, dir)).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(path.join(CORPUS, dir, file), 'utf8');
    for (const run of text.match(/[\u4e00-\u9fff]+/g) ?? [])
      for (let i = 0; i + PHRASE_LENGTH <= run.length; i++) {
        const gram = run.slice(i, i + PHRASE_LENGTH);
        counts.set(gram, (counts.get(gram) ?? 0) + 1);
      }
  }
}
const phrases = [...counts]
  .filter(([, n]) => n >= MIN_COUNT)
  .map(([gram]) => gram)
  .sort();
const file = path.resolve(__dirname, '..', 'server', 'src', 'core', 'data', 'set-phrases.json');
const source = `${SOURCES.join(', ')} of ../shared/corpus, runs of ${PHRASE_LENGTH} Han characters seen ${MIN_COUNT}+ times`;
writeFileSync(file, JSON.stringify({ source, length: PHRASE_LENGTH, phrases: phrases.join('') }) + '\n');
console.log(`${phrases.length} set phrases written to ${file}`);
