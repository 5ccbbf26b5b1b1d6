import type { Rule } from './rule';
import numberingSequence from './numbering-sequence';
import numberingHierarchy from './numbering-hierarchy';
import numberingStyle from './numbering-style';
import punctuationWidth from './punctuation-width';
import unpairedMark from './unpaired-mark';
import dash from './dash';
import placeholder from './placeholder';
import usage from './usage';
import sentenceEnd from './sentence-end';

/** Every rule, in the order they run: cheap structural rules first. */
export const RULES: readonly Rule[] = [
  numberingSequence,
  numberingHierarchy,
  numberingStyle,
  punctuationWidth,
  unpairedMark,
  dash,
  placeholder,
  usage,
  sentenceEnd,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
