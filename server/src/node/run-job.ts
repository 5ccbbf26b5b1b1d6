import {
  decodeParagraphs,
  documentStructure,
  fixText,
  lint,
  parseReport,
  segmentedRulesOn,
  type Finding,
  type ReportDocument,
  type Segmenter,
} from '../core';
import { EditSessions, type JobHooks } from './edit-job';
import { claimChunks, lintChunk } from './shared-chunks';
import type { AgainstText, WorkerJob, WorkerOutcome } from './worker-protocol';

/**
 * Lines that reach the segmented rules' lazily built tables (typo candidates, the four-character phrases
 * repeated-char suggests): checked while the main thread still parses, they are not built on the way later.
 */
const WARM_UP_TEXT = '一、加强组织建设\n认真部暑，改进工作作风，活动形式式样丰富，进一步提高办事效律。\n';

/** Whether any rule that needs word segmentation is on (and, given `only`, asked for). */
export const needsSegmenter = segmentedRulesOn;

/**
 * Runs one job in this thread: the body of a lint worker, and the fallback where no worker script exists
 * (tests run from source). `loadSegmenter` is called only when a rule that needs it is on.
 */
export class JobRunner {
  private readonly parsed = new Map<string, { text: string; doc: ReportDocument }>();

  private readonly edits: EditSessions;

  constructor(private readonly loadSegmenter: () => Segmenter | undefined) {
    this.edits = new EditSessions(loadSegmenter);
  }

  run(job: WorkerJob, hooks?: JobHooks): WorkerOutcome {
    if (job.kind === 'edit') return this.edits.run(job, hooks);
    if (job.kind === 'warm') {
      const segmenter = this.loadSegmenter();
      if (!segmenter) return { error: '分词组件不可用' };
      if (job.config) lint(WARM_UP_TEXT, { config: job.config, segmenter, phase: 'segmented' });
      return {};
    }
    const only = job.only ? new Set(job.only) : undefined;
    const segmenter = needsSegmenter(job.config, only) ? this.loadSegmenter() : undefined;
    if (job.kind === 'segmented') {
      if (!segmenter) return { error: '分词组件不可用' };
      const findings: Finding[] = [];
      const paragraphs = decodeParagraphs(job.text, job.paragraphs);
      for (const ps of claimChunks(paragraphs, job.chunks))
        findings.push(...lintChunk(job.text, ps, { config: job.config, segmenter, only }));
      return { findings };
    }
    const otherDocuments = this.againstDocuments(job.against ?? []);
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
