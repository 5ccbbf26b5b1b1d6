import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultConfig, lint, type Finding } from '../../server/src/core';
import { startEarlyWorker, takeEarlyWorker, dropEarlyWorker } from '../../server/src/node/early-worker';
import { LintEngine } from '../../server/src/node/engine';
import { ROOT, seed } from '../helpers/seeds';
import { segmenter } from '../helpers/segmenter';

const canonical = (findings: readonly Finding[]) => findings.map((f) => JSON.stringify(f)).sort();

// The CLI starts its first worker before it has loaded (dist/cli.js): the pool must take that very worker, and
// the findings must be those of a lint in one thread.
describe('the worker started before the CLI loads', () => {
  const workerScript = path.join(ROOT, 'dist', 'lint-worker.js');

  afterEach(() => dropEarlyWorker());

  it('is the one the engine lints with, and gives the findings of one run', async function () {
    if (!fs.existsSync(workerScript)) this.skip(); // npm test builds dist/ first
    startEarlyWorker(workerScript);
    const engine = new LintEngine({ threads: 1, workerScript });
    try {
      const { text } = seed('001');
      const result = await engine.lint({ text, config: defaultConfig() });
      assert.strictEqual(takeEarlyWorker(workerScript), undefined, 'the pool took the early worker');
      assert.strictEqual(result.segmentedError, undefined);
      assert.deepStrictEqual(
        canonical(result.findings),
        canonical(lint(text, { config: defaultConfig(), segmenter: segmenter() }).findings),
      );
    } finally {
      await engine.close();
    }
  }).timeout(120000);

  it('is left to a pool with the default limits: the server’s bounded workers start their own', async function () {
    if (!fs.existsSync(workerScript)) this.skip();
    startEarlyWorker(workerScript);
    const engine = new LintEngine({ threads: 1, workerScript, maxWorkerHeapMb: 256 });
    try {
      const { text } = seed('001');
      await engine.lint({ text, config: defaultConfig() });
      const waiting = takeEarlyWorker(workerScript);
      assert.ok(waiting, 'still waiting to be taken');
      await waiting.worker.terminate();
    } finally {
      await engine.close();
    }
  }).timeout(120000);
});
