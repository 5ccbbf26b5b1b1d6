import {
  decodeParagraphs,
  documentOfParagraphs,
  documentStructure,
  fixText,
  lint,
  parseReport,
  RULES,
  type ReportDocument,
  type ResolvedConfig,
  type Segmenter,
} from '../core';
import type { AgainstText, WorkerJob, WorkerOutcome } from './worker-protocol';

/** Whether any rule that needs word segmentation is on (and, given `only`, asked for). */
export function needsSegmenter(config: ResolvedConfig, only?: ReadonlySet<string> | readonly string[]): boolean {
  const asked = only ? new Set(only) : undefined;
  return RULES.some((r) => r.meta.usesSegmenter && config.rules[r.meta.id]?.severity !== 'off' && (!asked || asked.has(r.meta.id)));
}

/**
 * Runs one job in this thread: the body of a lint worker, and the fallback where no worker script exists
 * (tests run from source). `loadSegmenter` is called only when a rule that needs it is on.
 */
export class JobRunner {
  private readonly parsed = new Map<string, { text: string; doc: ReportDocument }>();

  constructor(private readonly loadSegmenter: () => Segmenter | undefined) {}

  run(job: WorkerJob): WorkerOutcome {
    if (job.kind === 'warm') return this.loadSegmenter() ? {} : { error: '分词组件不可用' };
    const only = job.only ? new Set(job.only) : undefined;
    const segmenter = job.kind !== 'fast' && needsSegmenter(job.config, only) ? this.loadSegmenter() : undefined;
    if (job.kind === 'segmented') {
      if (!segmenter) return { error: '分词组件不可用' };
      const doc = job.paragraphs && documentOfParagraphs(job.text, decodeParagraphs(job.text, job.paragraphs));
      return { findings: lint(job.text, { config: job.config, segmenter, phase: 'segmented', only, doc }).findings };
    }
    const otherDocuments = this.againstDocuments(job.against ?? []);
    if (job.kind === 'fast') {
      const result = lint(job.text, { config: job.config, phase: 'fast', only, otherDocuments });
      return { findings: result.findings, structure: job.describe ? documentStructure(result.doc) : undefined };
    }
    if (job.kind === 'lint') {
      const result = lint(job.text, { config: job.config, segmenter, only, otherDocuments });
      return { findings: result.findings, structure: job.describe ? documentStructure(result.doc) : undefined };
    }
    const fixed = fixText(job.text, { config: job.config, segmenter, only, otherDocuments });
    return { text: fixed.text, fixed: fixed.fixed, findings: fixed.result.findings };
  }

  /** Files to compare with are parsed once per thread, not once per linted file. */
  private againstDocuments(against: readonly AgainstText[]) {
    return against.map(({ filePath, text }) => {
      let entry = this.parsed.get(filePath);
      if (!entry || entry.text !== text) this.parsed.set(filePath, (entry = { text, doc: parseReport(text) }));
      return { filePath, doc: entry.doc };
    });
  }
}
