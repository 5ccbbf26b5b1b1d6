import type { ReportDocument, Span } from '../model/report-document';
import type { Segmenter } from '../segment/segmenter';

export type Severity = 'off' | 'warn' | 'error';

export interface OptionSpec {
  type: 'number' | 'boolean' | 'string' | 'string[]' | 'object';
  default: unknown;
  description: string;
  minimum?: number;
  maximum?: number;
  enum?: string[];
}

export interface RuleMeta {
  id: string;
  /** One line in Chinese, shown in settings and docs. */
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
  options: Record<string, OptionSpec>;
  /**
   * Word segmentation: 'required' rules are skipped until the segmenter has loaded; 'optional' ones run
   * without it and run again, complete, once it has (the editor then replaces their earlier findings).
   */
  usesSegmenter?: 'required' | 'optional';
}

export interface TextEdit {
  span: Span;
  text: string;
}

export interface Fix {
  /** Shown on the quick fix. */
  title: string;
  edits: TextEdit[];
}

export interface RelatedLocation {
  span: Span;
  message: string;
  /** Another file (for --against); absent means the same document. */
  filePath?: string;
}

export interface Finding {
  ruleId: string;
  /** The rule's severity, or 'info' where the rule itself rates a finding as a hint (a weak typo suspicion). */
  severity: Exclude<Severity, 'off'> | 'info';
  message: string;
  span: Span;
  /** Applied by --fix and offered as the preferred quick fix. */
  fix?: Fix;
  /** Offered as quick fixes only: ambiguous or unsafe to apply unattended. */
  suggestions?: Fix[];
  related?: RelatedLocation[];
  /** Arithmetic or other explanation shown on hover. */
  detail?: string;
}

export type FindingInput = Omit<Finding, 'ruleId' | 'severity'> & { severity?: 'info' };

export interface RuleContext<O = Record<string, unknown>> {
  doc: ReportDocument;
  text: string;
  options: O;
  /** Present, once loaded, for rules with meta.usesSegmenter. */
  segmenter?: Segmenter;
  /** Words the user allows: never reported. */
  allowedWords: readonly string[];
  /** The user's own wrong -> right pairs. */
  userTypos: Readonly<Record<string, string>>;
  /** Other documents to compare with (duplicate-paragraph --against). */
  otherDocuments: readonly { filePath: string; doc: ReportDocument }[];
  report(finding: FindingInput): void;
}

export interface Rule<O = any> {
  meta: RuleMeta;
  check(context: RuleContext<O>): void;
}

/** Where each rule's page lives: docs/rules/<id>.md in the repository. */
export const DOCS_URL = 'https://github.com/reportlint/reportlint/blob/main/docs';

export function ruleDocsUrl(id: string): string {
  return `${DOCS_URL}/rules/${id}.md`;
}

export function defineRule<O = Record<string, unknown>>(rule: Rule<O>): Rule<O> {
  return rule;
}
