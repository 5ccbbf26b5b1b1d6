// What the CLI's main thread allocates on a long file: parse, the paragraphs that repeat, and the rules that run
// beside the worker, as in LintEngine.lint. A sampling heap profile that keeps the objects the collector took
// too, so the figure is the garbage made, not what is left; unlike CPU time it hardly moves on a busy machine.
// Run alone, in a process of its own (the rules' memos fill up): tsx bench/main-allocations.ts FILE
import * as fs from 'fs';
import * as inspector from 'inspector';
import { findRepeats, parseReport } from '../server/src/core';
import { ConfigLoader } from '../server/src/node/config-loader';
import { lintRepeatsOnce } from '../server/src/node/repeats-once';

/** Bytes in a sampled allocation tree. */
interface SampleNode {
  selfSize: number;
  children: SampleNode[];
}
const total = (n: SampleNode): number => n.children.reduce((sum, c) => sum + total(c), n.selfSize);

async function main(file: string): Promise<void> {
  const text = fs.readFileSync(file, 'utf8');
  const config = new ConfigLoader().resolveFor(file, {});
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  const doc = parseReport(text);
  const split = findRepeats(text, doc.paragraphs, config.allow);
  lintRepeatsOnce(text, { config, phase: 'unsegmented', doc }, split);
  const { profile } = (await post('HeapProfiler.stopSampling')) as { profile: { head: SampleNode } };
  console.log((total(profile.head) / 1048576).toFixed(0));
}

main(process.argv[2]).catch((err) => {
  console.error(err);
  process.exit(1);
});
