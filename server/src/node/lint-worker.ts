// A lint worker thread (dist/lint-worker.js): the segmented rules beside the main thread, or whole files for
// the CLI's pool and the server's large documents. Loading the dictionary here never holds up the main thread.
import { parentPort, workerData } from 'worker_threads';
import { loadNodeSegmenter } from './jieba-segmenter';
import { JobRunner } from './run-job';
import type { WorkerData, WorkerRequest, WorkerResponse } from './worker-protocol';

const runner = new JobRunner(loadNodeSegmenter);
// Raised by the pool when a newer edit of the document makes the job under way stale.
const cancel = (workerData as WorkerData | undefined)?.cancel;
const flag = cancel ? new Int32Array(cancel) : undefined;
const isCancelled = () => (flag ? Atomics.load(flag, 0) === 1 : false);

parentPort?.on('message', (req: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    const onEarly = (early: object) => parentPort!.postMessage({ id: req.id, early: true, ...early } satisfies WorkerResponse);
    response = { id: req.id, ...runner.run(req.job, { isCancelled, onEarly }) };
  } catch (err) {
    response = { id: req.id, error: (err as Error).message };
  }
  parentPort!.postMessage(response);
});
