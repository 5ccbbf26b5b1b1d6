import type { Fix } from '../model/fix';
import type { ReportDocument, Span } from '../model/report-document';
import type { Segmenter } from '../segment/segmenter';

export type Severity = 'off' | 'warn' | 'error';

export interface OptionSpec {
  type: 'number' | 'boolean' | 'string' | 'string[]' | 'object';
  default: unknown;
  description: string;
  minimum?: number;
  maximum?: number;
  enum?: readonly string[];
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
  /**
   * 'paragraph': a finding about a paragraph depends on nothing but that paragraph (its line, the line breaks
   * around it, its kind and heading) and lies within it, so the editor keeps findings per paragraph by content
   * and checks only the paragraphs an edit changed. Absent: the rule reads the whole document.
   */
  scope?: 'paragraph';
  /** What the faces offer for the rule's findings, so that they need not list rule ids. */
  tags?: RuleTag[];
}

/**
 * 'word': a finding is a word the writer can allow (the "add to allowed words" quick fix);
 * 'renumber': the rule's fixes renumber headings (the Renumber headings command).
 */
export type RuleTag = 'word' | 'renumber';

export type { Fix, TextEdit } from '../model/fix';

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
  /** Words the finding rests on, for the rule's `refine` to weigh against the rest of the document; never shown. */
  forms?: readonly string[];
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
  /** Whether a rule is on in the configuration: a rule leaves a finding to another only when that one is on. */
  isRuleOn(ruleId: string): boolean;
  report(finding: FindingInput): void;
}

export interface Rule<O = any> {
  meta: RuleMeta;
  check(context: RuleContext<O>): void;
  /**
   * A paragraph-scoped rule whose findings still hang on the rest of the document (a form the writer uses
   * twice is their own term) keeps or drops them here, over all its findings at once, cached or fresh.
   */
  refine?(findings: Finding[], text: string): Finding[];
}

/** Where each rule's page lives: docs/rules/<id>.md in the repository. */
export const DOCS_URL = 'https://github.com/reportlint/reportlint/blob/main/docs';

export function ruleDocsUrl(id: string): string {
  return `${DOCS_URL}/rules/${id}.md`;
}

type OptionValue<T extends OptionSpec['type']> = T extends 'number'
  ? number
  : T extends 'boolean'
    ? boolean
    : T extends 'string'
      ? string
      : T extends 'string[]'
        ? string[]
        : Record<string, unknown>;

/**
 * A rule's options as `check` sees them: typed from the schema in its metadata. The config resolver has
 * already merged the defaults (defaultConfig), so `check` never repeats one.
 */
export type OptionsOf<S extends Record<string, OptionSpec>> = { [K in keyof S]: OptionValue<S[K]['type']> };

export function defineRule<const S extends Record<string, OptionSpec>>(rule: {
  meta: RuleMeta & { options: S };
  check(context: RuleContext<OptionsOf<S>>): void;
  refine?: Rule['refine'];
}): Rule<OptionsOf<S>> {
  return rule;
}
