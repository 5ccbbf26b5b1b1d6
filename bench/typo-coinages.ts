/**
 * Typo findings on made-up sentences in the style of recent reports: coinages that abbreviate a pair of words by
 * one character of each (智造, 接诉, 兴企) must stay silent; one real slip of a common word each must be found.
 * Run: npx tsx bench/typo-coinages.ts [--list]
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { defaultConfig, lint } from '../server/src/core';
import { loadNodeSegmenter } from '../server/src/node/jieba-segmenter';

const seg = loadNodeSegmenter();
if (!seg) throw new Error('segmenter did not load');
const config = defaultConfig();
for (const id of Object.keys(config.rules)) config.rules[id].severity = id === 'typo' ? 'warn' : 'off';
const list = process.argv.includes('--list');

function findingsOf(file: string): { lines: number; flagged: number; findings: string[] } {
  const lines = readFileSync(join(__dirname, 'data', file), 'utf8')
    .split('\n')
    .filter(Boolean);
  const findings: string[] = [];
  let flagged = 0;
  for (const text of lines) {
    const own = lint(text, { config, segmenter: seg! }).findings.map(
      (f) => `${f.severity} ${text.slice(f.span.start, f.span.end)}→${(f.fix ?? f.suggestions![0]).edits[0].text}`,
    );
    if (own.length) flagged++;
    findings.push(...own.map((f) => `${f}\t${text}`));
  }
  return { lines: lines.length, flagged, findings };
}

for (const [file, what] of [
  ['coinages.txt', 'coinage sentences with a typo finding (should be none)'],
  ['slips.txt', 'slip sentences with a typo finding (one slip each)'],
]) {
  const r = findingsOf(file);
  console.log(`${what}: ${r.flagged}/${r.lines}`);
  if (list) for (const f of r.findings) console.log(`  ${f}`);
}
