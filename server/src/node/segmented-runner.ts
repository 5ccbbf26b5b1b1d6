import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { lint, type Finding, type ResolvedConfig } from '../core';
import { loadNodeSegmenter } from './jieba-segmenter';
import type { WorkerRequest, WorkerResponse } from './segmenter-worker';

/**
 * Runs the rules that use the segmenter on a second thread (dist/segmenter-worker.js), so that loading
 * jieba's dictionary and segmenting never hold up the other rules: the CLI and the language server each
 * keep one. Where the worker script is absent (tests run from source) it runs in this thread instead.
 */
export class SegmentedRunner {
  private worker: Worker | undefined;
  private failed: string | undefined;
  private next = 1;
  private readonly pending = new Map<number, (r: WorkerResponse) => void>();

  constructor(
    private readonly workerScript: string = path.join(__dirname, 'segmenter-worker.js'),
    private readonly onError: (message: string) => void = () => undefined,
    /** A long-lived server bounds the worker's heap so it collects early; a CLI run on a large file must not. */
    private readonly maxHeapMb?: number,
  ) {}

  run(text: string, config: ResolvedConfig): Promise<{ findings?: Finding[]; error?: string }> {
    if (!fs.existsSync(this.workerScript)) {
      const segmenter = loadNodeSegmenter();
      if (!segmenter) return Promise.resolve({ error: '分词组件不可用' });
      return Promise.resolve({ findings: lint(text, { config, segmenter, phase: 'segmented' }).findings });
    }
    if (this.failed) return Promise.resolve({ error: this.failed });
    if (!this.worker) this.start();
    const id = this.next++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker!.postMessage({ id, text, config } satisfies WorkerRequest);
    });
  }

  private start(): void {
    const worker = new Worker(this.workerScript, this.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb } } : {});
    worker.unref(); // an idle worker never keeps the process alive
    worker.on('message', (r: WorkerResponse) => {
      this.pending.get(r.id)?.(r);
      this.pending.delete(r.id);
    });
    worker.on('error', (err) => {
      this.failed = err.message;
      this.onError(err.message);
      for (const resolve of this.pending.values()) resolve({ id: -1, error: err.message });
      this.pending.clear();
      this.worker = undefined;
    });
    this.worker = worker;
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
