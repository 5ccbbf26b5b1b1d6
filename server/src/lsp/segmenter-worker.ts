// Runs the rules that need word segmentation off the server's main thread: nodejieba's dictionary takes
// over a second to load and must not hold up the other rules' diagnostics.
import { parentPort } from 'worker_threads';
import { lint, type ResolvedConfig } from '../core';
import { loadNodeSegmenter } from '../node/jieba-segmenter';

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
