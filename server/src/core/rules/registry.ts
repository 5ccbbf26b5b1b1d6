import type { Rule } from './rule';
import numberingSequence from './numbering-sequence';
import numberingHierarchy from './numbering-hierarchy';
import numberingStyle from './numbering-style';

/** Every rule, in the order they run: cheap structural rules first. */
export const RULES: readonly Rule[] = [numberingSequence, numberingHierarchy, numberingStyle];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
