import {
  byPosition,
  copyIntoRepeats,
  documentOfParagraphs,
  lint,
  RULES,
  type Finding,
  type LintOptions,
  type Paragraph,
  type RepeatedParagraph,
  type ReportDocument,
} from '../core';

const PARAGRAPH_RULES = RULES.filter((r) => r.meta.scope === 'paragraph');
const DOCUMENT_RULES = RULES.filter((r) => r.meta.scope !== 'paragraph');

/**
 * The rules of a phase over a parsed document whose repeated paragraphs are known (findRepeats, which the
 * worker's share needs anyway): the rules that read a paragraph at a time run only on the first of each kind, and
 * their findings there are copied into the repeats (a long file made of reports put together repeats whole
 * reports); the other rules read the whole document. The findings are those of one run over the whole.
 */
export function lintRepeatsOnce(
  text: string,
  options: LintOptions & { doc: ReportDocument },
  split: { originals: Paragraph[]; repeats: RepeatedParagraph[] },
): Finding[] {
  if (!split.repeats.length) return lint(text, options).findings;
  const whole = lint(text, { ...options, rules: DOCUMENT_RULES }).findings;
  const view = documentOfParagraphs(text, split.originals);
  const once = lint(text, { ...options, doc: view, rules: PARAGRAPH_RULES }).findings;
  return [...whole, ...once, ...copyIntoRepeats(once, split.repeats)].sort(byPosition);
}
