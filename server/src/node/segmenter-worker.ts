// Runs the rules that use word segmentation off the main thread (CLI and server): loading the dictionary takes
// a moment and must not hold up the other rules' diagnostics.
import { parentPort } from 'worker_threads';
import { lint, type ResolvedConfig } from '../core';
import { loadNodeSegmenter } from './jieba-segmenter';

export interface WorkerRequest {
  id: number;
  text: string;
  config: ResolvedConfig;
}

export interface WorkerResponse {
  id: number;
  findings?: ReturnType<typeof lint>['findings'];
  error?: string;
}

parentPort?.on('message', (req: WorkerRequest) => {
  try {
    const segmenter = loadNodeSegmenter();
    const findings = segmenter ? lint(req.text, { config: req.config, segmenter, phase: 'segmented' }).findings : [];
    parentPort!.postMessage({ id: req.id, findings } satisfies WorkerResponse);
  } catch (err) {
    parentPort!.postMessage({ id: req.id, error: (err as Error).message } satisfies WorkerResponse);
  }
});
