// Speed of the typo rule with its context model: model load time and memory, and throughput on the 10 MB bench
// text (seeds and 政府工作报告 repeated, as bench/run.ts builds it) and on 1 MB of text seen once.
// Usage: npx tsx bench/typo-speed.ts
import * as fs from 'fs';
import * as path from 'path';
import { defaultConfig, lint } from '../server/src/core';
import { TrigramModel } from '../server/src/core/segment/context-model';
import { contextModelPath } from '../server/src/node/context-model-loader';
import { loadNodeSegmenter } from '../server/src/node/jieba-segmenter';

const SHARED = path.resolve(__dirname, '..', '..', 'shared');
const file = contextModelPath();
if (file) {
  const m0 = process.memoryUsage().rss;
  const t0 = performance.now();
  new TrigramModel(fs.readFileSync(file));
  console.log(
    `context model load: ${(performance.now() - t0).toFixed(0)} ms, RSS +${((process.memoryUsage().rss - m0) / 1e6).toFixed(0)} MB`,
  );
}
const seg = loadNodeSegmenter()!;
const config = defaultConfig();
for (const id of Object.keys(config.rules)) config.rules[id].severity = id === 'typo' ? 'warn' : 'off';
const dirs = [path.join(SHARED, 'seeds'), path.join(SHARED, 'corpus', 'gov-work-reports')];
const base = dirs
  .flatMap((d) =>
    fs
      .readdirSync(d)
      .sort()
      .map((f) => fs.readFileSync(path.join(d, f), 'utf8')),
  )
  .join('\n');
lint('加强组织建设，部暑工作。', { config, segmenter: seg }); // builds the indexes
for (const [name, text] of [
  ['1 MB seen once', Buffer.from(base).subarray(0, 1e6).toString('utf8')],
  ['10 MB bench text', (base + '\n').repeat(Math.ceil(1e7 / Buffer.byteLength(base))).slice(0, 1e7 / 3)],
] as const) {
  const bytes = Buffer.byteLength(text);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  lint(text, { config, segmenter: seg });
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  console.log(
    `typo rule, ${name} (${(bytes / 1e6).toFixed(1)} MB): ${(bytes / 1e6 / wall).toFixed(2)} MB/s wall, ${(bytes / 1e6 / ((c.user + c.system) / 1e6)).toFixed(2)} MB/s of CPU time`,
  );
}
