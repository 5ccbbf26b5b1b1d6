// A lint worker thread (dist/lint-worker.js): the segmented rules beside the main thread, or whole files for
// the CLI's pool and the server's large documents. Loading the dictionary here never holds up the main thread.
import { parentPort } from 'worker_threads';
import { loadNodeSegmenter } from './jieba-segmenter';
import { JobRunner } from './run-job';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

const runner = new JobRunner(loadNodeSegmenter);

parentPort?.on('message', (req: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: req.id, ...runner.run(req.job) };
  } catch (err) {
    response = { id: req.id, error: (err as Error).message };
  }
  parentPort!.postMessage(response);
});
