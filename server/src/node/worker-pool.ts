import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { ResolvedConfig, Segmenter } from '../core';
import { takeEarlyWorker } from './early-worker';
import { loadNodeSegmenter } from './jieba-segmenter';
import { JobRunner } from './run-job';
import type { WorkerData, WorkerJob, WorkerOutcome, WorkerRequest, WorkerResponse } from './worker-protocol';

export interface WorkerPoolOptions {
  /** Threads at most; started on demand. */
  size?: number;
  /** dist/lint-worker.js beside the bundle; where it is absent (tests run from source) jobs run in this thread. */
  workerScript?: string;
  /** A long-lived server bounds each worker's heap so it collects early; a CLI run on a large file must not. */
  maxHeapMb?: number;
  /** Likewise for the young generation: V8's default (up to 48 MB a thread) is most of an idle worker's footprint. */
  maxYoungGenerationMb?: number;
  onError?: (message: string) => void;
  /** For the in-thread fallback. */
  loadSegmenter?: () => Segmenter | undefined;
}

interface Queued {
  job: WorkerJob;
  key?: string;
  resolve: (outcome: WorkerOutcome) => void;
  /** For jobs that send an early result before their final one ('edit'). */
  onEarly?: (outcome: WorkerOutcome) => void;
}

interface Slot {
  worker: Worker;
  busy?: { id: number; key?: string; resolve: (outcome: WorkerOutcome) => void; onEarly?: (outcome: WorkerOutcome) => void };
  /** Raised for the worker when the job under way has gone stale (its document changed again). */
  cancel: Int32Array;
}

/** The id of a warm-up message: its answer matches no job. */
const WARM_ID = 0;

/** A worker is restarted after a crash (say, out of memory on a huge text), but not forever. */
const MAX_CRASHES = 3;

/** Threads for the CLI's files: one per core the machine gives us. */
export function defaultPoolSize(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** Lint jobs on worker threads, first come first served; a queued job is replaced by a newer one with its key. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Queued[] = [];
  private readonly script: string;
  private inline: JobRunner | undefined;
  private nextId = 1;
  private crashes = 0;

  constructor(private readonly options: WorkerPoolOptions = {}) {
    this.script = options.workerScript ?? path.join(__dirname, 'lint-worker.js');
  }

  get size(): number {
    return Math.max(1, this.options.size ?? 1);
  }

  run(job: WorkerJob, key?: string, onEarly?: (outcome: WorkerOutcome) => void): Promise<WorkerOutcome> {
    if (!fs.existsSync(this.script)) {
      this.inline ??= new JobRunner(this.options.loadSegmenter ?? loadNodeSegmenter);
      const runner = this.inline;
      return Promise.resolve().then(() => runner.run(job, { onEarly }));
    }
    if (this.crashes >= MAX_CRASHES) return Promise.resolve({ error: '检查线程多次崩溃，已停用' });
    if (key !== undefined) {
      for (let i = this.queue.length - 1; i >= 0; i--) {
        if (this.queue[i].key !== key) continue;
        this.queue[i].resolve({ cancelled: true });
        this.queue.splice(i, 1);
      }
      // A job of the same key under way is stale too: it stops at its next rule.
      for (const s of this.slots) if (s.busy?.key === key) Atomics.store(s.cancel, 0, 1);
    }
    return new Promise((resolve) => {
      this.queue.push({ job, key, resolve, onEarly });
      this.dispatch();
    });
  }

  /**
   * Starts workers up to `count` and has each load the segmenter now, so that it is ready when the text
   * comes (the main thread parses meanwhile); given `config`, each also warms up the segmented rules on a few
   * lines. Where jobs run in this thread, nothing happens ahead.
   */
  warm(count: number, config?: ResolvedConfig): void {
    if (!fs.existsSync(this.script) || this.crashes >= MAX_CRASHES) return;
    // Not a job: the slot stays free, so the first job goes to it and waits behind the loading in its queue.
    while (this.slots.length < Math.min(count, this.size)) {
      this.start().worker.postMessage({ id: WARM_ID, job: { kind: 'warm', config } } satisfies WorkerRequest);
    }
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.start();
      if (!slot) return;
      const { job, key, resolve, onEarly } = this.queue.shift()!;
      const id = this.nextId++;
      slot.busy = { id, key, resolve, onEarly };
      Atomics.store(slot.cancel, 0, 0);
      slot.worker.ref(); // a job under way keeps the process alive; an idle worker does not
      slot.worker.postMessage({ id, job } satisfies WorkerRequest);
    }
  }

  private start(): Slot {
    // The CLI's first worker may have been started before the CLI loaded (it has V8's default limits).
    const limited = this.options.maxHeapMb !== undefined || this.options.maxYoungGenerationMb !== undefined;
    const early = limited ? undefined : takeEarlyWorker(this.script);
    const cancel = early?.cancel ?? new SharedArrayBuffer(4);
    const worker =
      early?.worker ??
      new Worker(this.script, {
        workerData: { cancel } satisfies WorkerData,
        resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb, maxYoungGenerationSizeMb: this.options.maxYoungGenerationMb },
      });
    const slot: Slot = { worker, cancel: new Int32Array(cancel) };
    worker.unref();
    worker.on('message', (r: WorkerResponse) => {
      const busy = slot.busy;
      if (!busy || busy.id !== r.id) return;
      if (r.early) {
        const { id: _id, early: _early, ...outcome } = r;
        busy.onEarly?.(outcome);
        return;
      }
      slot.busy = undefined;
      worker.unref();
      const { id: _id, ...outcome } = r;
      busy.resolve(outcome);
      this.dispatch();
    });
    worker.on('error', (err) => {
      this.crashes++;
      this.options.onError?.(err.message);
      this.slots.splice(this.slots.indexOf(slot), 1);
      slot.busy?.resolve({ error: err.message });
      slot.busy = undefined;
      if (this.crashes >= MAX_CRASHES) for (const q of this.queue.splice(0)) q.resolve({ error: err.message });
      else this.dispatch();
    });
    this.slots.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    for (const q of this.queue.splice(0)) q.resolve({ cancelled: true });
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }
}
