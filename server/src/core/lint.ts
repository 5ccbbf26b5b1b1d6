import type { ResolvedConfig } from './config/config';
import type { ReportDocument } from './model/report-document';
import { parseReport } from './parse/parse-report';
import { RULES } from './rules/registry';
import type { ParagraphCache } from './paragraph-cache';
import type { Finding, Fix, Rule, TextEdit } from './rules/rule';
import type { Segmenter } from './segment/segmenter';

export const INTERNAL_ERROR_ID = 'internal-error';

export interface LintOptions {
  config: ResolvedConfig;
  /** Without one, rules that need segmentation are skipped (the editor runs them once it has loaded). */
  segmenter?: Segmenter;
  /**
   * 'fast': every rule that can run without the segmenter, given none; 'segmented': the rules that use it;
   * 'unsegmented': the rules that never use it (where nobody waits for early findings of the others).
   */
  phase?: 'all' | 'fast' | 'segmented' | 'unsegmented';
  /** Limit to these rule ids (e.g. the renumber command). */
  only?: ReadonlySet<string>;
  otherDocuments?: readonly { filePath: string; doc: ReportDocument }[];
  /** A parsed document to reuse. */
  doc?: ReportDocument;
  rules?: readonly Rule[];
  /** Per-paragraph findings kept from earlier lints of this document (the editor): only changed paragraphs are checked. */
  cache?: ParagraphCache;
  /** Asked between rules: true stops the lint with LintCancelled (a newer edit has come). */
  isCancelled?: () => boolean;
}

export interface LintResult {
  doc: ReportDocument;
  findings: Finding[];
}

export function lint(text: string, options: LintOptions): LintResult {
  const doc = options.doc ?? parseReport(text);
  const findings: Finding[] = [];
  const phase = options.phase ?? 'all';
  const cache = options.cache?.useSettings(options.config) ? options.cache : undefined;
  for (const rule of options.rules ?? RULES) {
    const setting = options.config.rules[rule.meta.id];
    if (!setting || setting.severity === 'off') continue;
    if (options.only && !options.only.has(rule.meta.id)) continue;
    const uses = rule.meta.usesSegmenter;
    if (phase === 'fast' && uses === 'required') continue;
    if (phase === 'segmented' && !uses) continue;
    if (phase === 'unsegmented' && uses) continue;
    const segmenter = phase === 'fast' || phase === 'unsegmented' ? undefined : options.segmenter;
    if (uses === 'required' && !segmenter) continue;
    if (options.isCancelled?.()) throw new LintCancelled();
    const run = (on: ReportDocument) => checkRule(rule, on, text, uses ? segmenter : undefined, options);
    const cached = cache?.handles(rule) ? cache.findings(rule, !!(uses && segmenter), doc, run) : undefined;
    const found = cached ?? run(doc);
    findings.push(...(rule.refine ? rule.refine(found, text) : found));
  }
  findings.sort(byPosition);
  return { doc, findings };
}

/** Thrown by `lint` when `isCancelled` says a newer text has come. */
export class LintCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** One rule's findings on a document (or on a view of some of its paragraphs). */
function checkRule(rule: Rule, doc: ReportDocument, text: string, segmenter: Segmenter | undefined, options: LintOptions): Finding[] {
  const setting = options.config.rules[rule.meta.id];
  const findings: Finding[] = [];
  try {
    rule.check({
      doc,
      text,
      options: setting.options,
      segmenter,
      allowedWords: options.config.allow,
      userTypos: options.config.typos,
      otherDocuments: options.otherDocuments ?? [],
      isRuleOn: (id) => (options.config.rules[id]?.severity ?? 'off') !== 'off',
      report(f) {
        findings.push({
          ...f,
          ruleId: rule.meta.id,
          severity: f.severity === 'info' ? 'info' : (setting.severity as Finding['severity']),
          span: clampSpan(f.span, text.length),
        });
      },
    });
  } catch (err) {
    // One broken rule must not hide the others' findings.
    findings.push({
      ruleId: INTERNAL_ERROR_ID,
      severity: 'error',
      message: `规则 ${rule.meta.id} 内部错误：${err instanceof Error ? err.message : String(err)}`,
      span: { start: 0, end: 0 },
    });
  }
  return findings;
}

/** Whether any rule that needs word segmentation is on (and, given `only`, asked for). */
export function segmentedRulesOn(config: ResolvedConfig, only?: ReadonlySet<string> | readonly string[]): boolean {
  const asked = only ? new Set(only) : undefined;
  return RULES.some((r) => r.meta.usesSegmenter && config.rules[r.meta.id]?.severity !== 'off' && (!asked || asked.has(r.meta.id)));
}

/**
 * The findings of both phases: the segmented phase's findings replace the fast phase's for the rules it
 * ran again (typo first runs on its list alone), and the rest of the fast phase's stand.
 */
export function mergePhases(fast: readonly Finding[], segmented: readonly Finding[]): Finding[] {
  const rerun = new Set(RULES.filter((r) => r.meta.usesSegmenter).map((r) => r.meta.id));
  return [...fast.filter((f) => !rerun.has(f.ruleId)), ...segmented].sort(byPosition);
}

/** Findings in text order; at one place, by rule id, so that output is stable. */
export function byPosition(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId);
}

function clampSpan(span: { start: number; end: number }, length: number) {
  const start = Math.max(0, Math.min(span.start, length));
  return { start, end: Math.max(start, Math.min(span.end, length)) };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.span.start === b.span.start) return true;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/** Applies the fixes that do not overlap one another, in text order. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number; edits: TextEdit[] } {
  const sorted = [...fixes].filter((f) => f.edits.length).sort((a, b) => firstStart(a) - firstStart(b));
  const taken: TextEdit[] = [];
  let applied = 0;
  for (const fix of sorted) {
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix.edits);
    applied++;
  }
  taken.sort((a, b) => a.span.start - b.span.start);
  let out = '';
  let at = 0;
  for (const e of taken) {
    out += text.slice(at, e.span.start) + e.text;
    at = e.span.end;
  }
  return { text: out + text.slice(at), applied, edits: taken };
}

function firstStart(f: Fix): number {
  return Math.min(...f.edits.map((e) => e.span.start));
}

export const MAX_FIX_PASSES = 10;

/** Lints and fixes until nothing fixable is left (ESLint's loop). */
export function fixText(text: string, options: LintOptions): { text: string; fixed: number; result: LintResult; passes: TextEdit[][] } {
  let current = text;
  let fixed = 0;
  const passes: TextEdit[][] = [];
  let result = lint(current, { ...options, doc: undefined });
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    if (!fixes.length) break;
    const next = applyFixes(current, fixes);
    if (next.applied === 0 || next.text === current) break;
    fixed += next.applied;
    passes.push(next.edits);
    current = next.text;
    result = lint(current, { ...options, doc: undefined });
  }
  return { text: current, fixed, result, passes };
}
