// Verdicts a person gave to audit findings, kept in bench/audit-triage.json with the evidence for each.
// A finding is matched by rule, document and its context (the found text in 【】 with the characters around
// it), so verdicts survive edits elsewhere in the corpus and never depend on line numbers.
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import type { Finding } from '../server/src/core';

/**
 * source-error: the published text is wrong (a real typo, a non-standard form); the rule is right.
 * source-artifact: the text was damaged on its way into the corpus (lines broken mid-sentence, markup).
 * false-positive: the rule is wrong on correct prose; kept here only to record the class it belongs to.
 */
export type Verdict = 'source-error' | 'source-artifact' | 'false-positive';

export interface TriageEntry {
  rule: string;
  document: string;
  context: string;
  verdict: Verdict;
  evidence: string;
}

export const TRIAGE_FILE = path.join(__dirname, 'audit-triage.json');

/** Verdicts that do not count against a rule: the finding is right, or the text is not what was published. */
export const EXPLAINED: ReadonlySet<string> = new Set(['source-error', 'source-artifact', 'broken-line', 'excerpt']);

export function loadTriage(file = TRIAGE_FILE): TriageEntry[] {
  if (!existsSync(file)) return [];
  const entries = JSON.parse(readFileSync(file, 'utf8')) as TriageEntry[];
  for (const e of entries) {
    if (!['source-error', 'source-artifact', 'false-positive'].includes(e.verdict)) {
      throw new Error(`${file}: unknown verdict "${e.verdict}" for ${e.rule} in ${e.document}`);
    }
    if (!e.evidence?.trim()) throw new Error(`${file}: a verdict without evidence for ${e.rule} in ${e.document}`);
  }
  return entries;
}

const key = (rule: string, document: string, context: string) => `${rule}\u0000${document}\u0000${context}`;

/** The found text in 【】 with up to `width` characters either side, on one line. */
export function contextOf(text: string, span: { start: number; end: number }, width = 16): string {
  const from = Math.max(0, span.start - width);
  const to = Math.min(text.length, span.end + width);
  const flat = (s: string) => s.replace(/\r?\n/g, '⏎');
  return flat(text.slice(from, span.start)) + '【' + flat(text.slice(span.start, span.end)) + '】' + flat(text.slice(span.end, to));
}

/** The message sentence-end gives a paragraph that a source broke off mid-sentence. */
export const BROKEN_LINE_MARK = '段落似被断行';

/**
 * What cutting one sentence out of a document does to it, by rule: a list item keeps its number (三、…), the
 * sentence may be a table cell or a clause with no end mark, and a quotation over several sentences loses
 * its opening or closing mark. On sentence sets these findings describe the cut, not the text.
 */
const EXCERPT_ARTIFACT: Record<string, (message: string) => boolean> = {
  'numbering-sequence': (m) => m.includes('应从 1 起'),
  'sentence-end': () => true,
  'unpaired-mark': () => true,
};

export class Triage {
  private readonly byKey = new Map<string, TriageEntry>();
  private readonly used = new Set<TriageEntry>();

  constructor(readonly entries: readonly TriageEntry[]) {
    for (const e of entries) this.byKey.set(key(e.rule, e.document, e.context), e);
  }

  /**
   * The verdict for a finding: a recorded one; 'broken-line' where sentence-end says the source broke the
   * paragraph; 'excerpt' for what cutting a sentence out of its document did (EXCERPT_ARTIFACT); else 'untriaged'.
   */
  verdictOf(f: Finding, document: string, context: string, excerpt = false): { verdict: string; evidence?: string } {
    const e = this.byKey.get(key(f.ruleId, document, context));
    if (e) {
      this.used.add(e);
      return { verdict: e.verdict, evidence: e.evidence };
    }
    if (f.message.includes(BROKEN_LINE_MARK)) return { verdict: 'broken-line' };
    if (excerpt && EXCERPT_ARTIFACT[f.ruleId]?.(f.message)) return { verdict: 'excerpt' };
    return { verdict: 'untriaged' };
  }

  /** Recorded verdicts no finding matched any more: the rule changed or the corpus did. */
  stale(): TriageEntry[] {
    return this.entries.filter((e) => !this.used.has(e));
  }
}
