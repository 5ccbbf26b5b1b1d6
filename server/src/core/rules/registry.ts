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
import duplicateParagraph from './duplicate-paragraph';
import duplicateSentence from './duplicate-sentence';
import repeatedChar from './repeated-char';
import typo from './typo';
import variantForm from './variant-form';
import sumMismatch from './sum-mismatch';
import partExceedsWhole from './part-exceeds-whole';
import percentMismatch from './percent-mismatch';
import countMismatch from './count-mismatch';

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
  duplicateParagraph,
  duplicateSentence,
  repeatedChar,
  typo,
  variantForm,
  sumMismatch,
  partExceedsWhole,
  percentMismatch,
  countMismatch,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
