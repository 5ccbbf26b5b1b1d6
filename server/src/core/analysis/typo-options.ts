import type { Span } from '../model/report-document';
import type { Candidate } from './typo-candidates';

/** The thresholds of typo detection and what it records of each candidate (typo-detector.ts, typo-decision.ts). */
export interface DetectorOptions {
  /** A single character standing alone this often is a word in its own right (的, 在), not a suspect. */
  maxSingleFrequency: number;
  /**
   * A single character up to this frequency (above maxSingleFrequency) is still examined, but only a strong
   * finding is kept: an input method offers the commonest character of a reading first (不 for 部, 也 for 地),
   * so such slips are real, but the commonest words fit almost anywhere a frequent character stands.
   */
  maxCommonSingleFrequency: number;
  /**
   * A character rarer than this is typed on purpose (勠力同心): an input method offers the common characters of a
   * reading first, so a slip seldom lands on one this rare. A merely uncommon one is a slip like any other (抉贫
   * for 扶贫, in a published report); 赓续 and 擘画 stay silent because no change of them reads likelier.
   */
  minTypedFrequency: number;
  /** A word of two characters rarer than this, or of three rarer than a tenth of it, is a suspect (白鹅 for 白蛾). */
  suspectWordFrequency: number;
  /**
   * A window may cut a word of the sentence in half only where that word is rarer than this (and not of four
   * characters or more), or where it is the changed character's own word (五保户 is not 五 + 保护).
   */
  cutWordFrequency: number;
  /** The word a correction forms must be at least this frequent in the segmenter's dictionary. */
  minWordFrequency: number;
  /** How much likelier (log10, under the context model) the clause must read with the correction. */
  minGain: number;
  /** The gain that suffices for a further slip in a sentence where one is already found (slips cluster). */
  clusterGain: number;
  /** From this gain on a finding is strong (a warning); below it a suggestion. */
  strongGain: number;
  /** Extra gain a near sound or a look-alike needs over a sound-alike, and a real word (忠心) over a non-word: weaker evidence. */
  nearPenalty: number;
  shapePenalty: number;
  realWordPenalty: number;
  /**
   * Where the segmenter's unigram model prefers the correction of a real word by this much (natural log), the two
   * models agree clearly and the real word needs no extra evidence (Infinity: it always does).
   */
  realWordAgreement: number;
  /** ...and only where the words around prefer the correction by this much (log10) beyond the word alone. */
  agreementContextShare: number;
  /**
   * A real word changed (one character or both) only where the words around prefer the change by this much (log10)
   * beyond what the word alone gains (-Infinity: the penalties alone weigh it).
   */
  realWordContextShare: number;
  /** realWordAgreement in the search for a further slip of a sentence that holds one. */
  clusterRealWordAgreement: number;
  /** A character more frequent than this is changed only for one of the same sound (Infinity: any character). */
  soundOnlyFrequency: number;
  /**
   * A real word of two characters swapped whole for another of its sound (时常 for 市场): the extra gain it needs,
   * in place of the real-word and double-slip penalties, where the words around prefer the other by
   * wordSwapContextShare (log10) beyond what the word alone gains (Infinity: the penalties apply).
   */
  wordSwapPenalty: number;
  wordSwapContextShare: number;
  /** wordSwapPenalty in the search for a further slip of a sentence that holds one. */
  clusterWordSwapPenalty: number;
  /** Extra gain a double slip (both characters of a word) needs; Infinity to never look for one. */
  pairPenalty: number;
  /**
   * A hint (below strongGain) needs the words around the window to prefer the correction by this much (log10)
   * beyond what the window alone gains: otherwise the gain only says the correction is a commoner word.
   */
  minContextShare: number;
  /**
   * A single character standing alone at most this often is out of its word (a name's, a classical or abbreviated
   * usage; 的, 在, 更, 以 are words in their own right). A non-word in the place of a common word that is the only
   * such spot of its sentence is a slip in plain prose, and its hint needs no share of the words around (see
   * typo-plain-prose.ts).
   */
  maxOddFrequency: number;
  /**
   * A window holding a figure in characters, or corrected into a function word, fits almost anywhere: it is examined
   * only where the correction alone reads this much likelier (log10) than the window alone.
   */
  minAnywhereIsolatedGain: number;
  /** Gain credited to a correction that completes a set phrase of official prose the text as written misses. */
  setPhraseBonus: number;
  /** Also try characters of similar shape, not only those that sound alike. */
  shapes: boolean;
  /** With the context model, the segmenter's unigram model must agree: the nearby passage likelier by this much (natural log). */
  minUnigramGain: number;
  /** Without a context model: how much likelier (natural log, unigram) the passage must read, a look-alike a little more. */
  fallbackGain: number;
  fallbackShapePenalty: number;
}

export const DEFAULT_DETECTOR_OPTIONS: DetectorOptions = {
  maxSingleFrequency: 60000,
  maxCommonSingleFrequency: 300000,
  minTypedFrequency: 10,
  suspectWordFrequency: 1000,
  cutWordFrequency: 1000,
  minWordFrequency: 100,
  minGain: 4.5,
  clusterGain: 2,
  strongGain: 6,
  nearPenalty: 1.5,
  shapePenalty: 0,
  realWordPenalty: 2,
  pairPenalty: 2,
  realWordAgreement: Infinity,
  clusterRealWordAgreement: 4.5,
  agreementContextShare: 0.3,
  realWordContextShare: -Infinity,
  soundOnlyFrequency: Infinity,
  wordSwapPenalty: Infinity,
  wordSwapContextShare: 0.5,
  clusterWordSwapPenalty: 0.5,
  minContextShare: 0.5,
  maxOddFrequency: 10000,
  minAnywhereIsolatedGain: 3,
  setPhraseBonus: 3,
  shapes: true,
  minUnigramGain: 2,
  fallbackGain: 8.75,
  fallbackShapePenalty: 0.5,
};

export interface TypoSuspect {
  /** The window that reads wrong (部暑), and what it should read (部署). */
  span: Span;
  wrong: string;
  right: string;
  /** How much likelier the passage reads corrected, less the penalties of weaker evidence. */
  gain: number;
  strong: boolean;
  /** The word of the sentence the changed character belongs to, as segmented (旧货 in 消费旧货). */
  ownWord: string;
}

/** What is known of one candidate correction: the evidence the decision weighs. */
export interface ScoredCandidate extends Candidate {
  /** The window as written. */
  original: string;
  /** log10 gain of the clause under the context model; NaN without one. */
  contextGain: number;
  /** Natural-log gain of the nearby passage under the segmenter's unigram model. */
  unigramGain: number;
  /** log10 gain of the window read alone, without the words around it; NaN without a context model. */
  isolatedGain: number;
  /**
   * A slip in plain prose: the window is no word, the correction a common one (at least suspectWordFrequency),
   * no other character of the sentence stands alone out of its word (see maxOddFrequency), and none standing alone
   * that is no common word in its own right (see maxSingleFrequency) runs on beside the window (typo-plain-prose.ts).
   */
  plainSlip: boolean;
  /** The correction completes a set phrase of official prose (see set-phrases.ts). */
  setPhrase: boolean;
  /** The sentence writes the corrected word elsewhere, outside the window (考核…考核办法). */
  writtenElsewhere: boolean;
  /** The changed character stands alone and is common (see maxCommonSingleFrequency). */
  commonChar: boolean;
  /** The window holds a figure in characters, or the correction is a function word: frequent enough to fit almost anywhere. */
  strongOnly: boolean;
  /** The correction's part of speech in the segmenter's dictionary. */
  tag: string;
  /** The word of the sentence the changed character belongs to, as segmented. */
  ownWord: string;
}
