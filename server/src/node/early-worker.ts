// The CLI's first lint worker, started before the rest of the CLI has loaded: the worker loads its dictionary and
// model while this thread loads its own code and reads and parses the files. This module imports nothing of the
// engine, so that starting the worker costs this thread nothing but the thread itself.
import { Worker } from 'worker_threads';

export interface EarlyWorker {
  worker: Worker;
  /** The flag the pool raises when the job under way has gone stale (the worker's WorkerData). */
  cancel: SharedArrayBuffer;
  script: string;
}

let early: (EarlyWorker & { failed: boolean }) | undefined;

/** Starts a lint worker (default resource limits) and has it load the segmenter at once; it waits, unref'd, to be taken. */
export function startEarlyWorker(script: string): void {
  if (early) return;
  const cancel = new SharedArrayBuffer(4);
  const worker = new Worker(script, { workerData: { cancel } });
  const started = { worker, cancel, script, failed: false };
  // Until a pool takes it, a failure only marks it (the pool then starts a worker of its own).
  worker.once('error', () => (started.failed = true));
  worker.unref();
  // A 'warm' job without a config (see worker-protocol.ts); its answer, id 0, matches no job of the pool.
  worker.postMessage({ id: 0, job: { kind: 'warm' } });
  early = started;
}

/** The worker started early for this script, once: a pool adopts it instead of starting one. */
export function takeEarlyWorker(script: string): EarlyWorker | undefined {
  const taken = early;
  if (!taken || taken.script !== script) return undefined;
  early = undefined;
  if (taken.failed) return undefined;
  return taken;
}

/** Ends a worker started early that no pool took. The CLI need not: the worker is unref'd; tests end theirs. */
export async function dropEarlyWorker(): Promise<void> {
  const left = early;
  early = undefined;
  if (left) await left.worker.terminate();
}
