import type { Candidate } from './typo-candidates';
import type { DetectorOptions, ScoredCandidate, TypoSuspect } from './typo-options';

/**
 * Corrections a writer seldom means when the window reads otherwise: numerals and measure words (m, q),
 * pronouns (r) and proper names (nr, ns, nz …). They are frequent, so they lift a clause under any model
 * wherever they fit, and the gain says little about what was meant (伍柏麟 is no 柏林, 总汞 no 总共).
 */
const SELDOM_MEANT_TAGS = new Set(['m', 'mq', 'q', 'r', 'rr', 'rz', 'nr', 'nrt', 'nrfg', 'ns', 'nz']);

/**
 * A form the writer uses twice is a term of the document (产粮大县, 政资分开), not a slip of the keys: a slip
 * seldom repeats letter for letter, a coinage does.
 */
export function recurs(text: string, form: string): boolean {
  const first = text.indexOf(form);
  return first >= 0 && text.indexOf(form, first + 1) >= 0;
}

/**
 * A form the writer uses twice is a term of the document, and so is a word the changed character belongs to
 * that the document uses twice (经营旧货和消费旧货 is no 消费者). Weighed over the whole document once the
 * suspects of every paragraph are gathered: `forms` are the suspect's wrong form and its own word.
 */
export function usedAsWritten(text: string, [wrong, ownWord]: readonly string[]): boolean {
  return recurs(text, wrong) || (ownWord.length > 1 && recurs(text, ownWord));
}

/** Whether the sentence writes the candidate's word outside its window. */
export function writtenElsewhere(sentence: string, c: Candidate): boolean {
  for (let i = sentence.indexOf(c.word); i >= 0; i = sentence.indexOf(c.word, i + 1))
    if (i + c.word.length <= c.start || i >= c.end) return true;
  return false;
}

/** The gain a candidate needs, and what it has, on one scale: the context model's if present. */
export function evidence(c: ScoredCandidate, withContext: boolean, o: DetectorOptions): number {
  const kindPenalty = c.kind === 'sound' ? 0 : c.kind === 'near' ? o.nearPenalty : o.shapePenalty;
  if (!withContext) {
    // The segmenter's unigram scores alone are weaker evidence: sound-alikes and look-alikes that form a word only.
    if (c.realWord || c.kind === 'near') return -Infinity;
    const gain = c.unigramGain - (c.kind === 'shape' ? o.fallbackShapePenalty : 0) - o.fallbackGain + o.minGain;
    return c.commonChar && gain < o.strongGain ? -Infinity : gain;
  }
  if (c.unigramGain < o.minUnigramGain) return -Infinity; // the two models disagree: no evidence
  // A real word is the writer's unless the words around speak for the change (失职失责 is no 失败, however much
  // commoner): where asked, they must prefer it by realWordContextShare beyond what the word alone gains.
  if (c.realWord && !(c.contextGain - c.isolatedGain >= o.realWordContextShare)) return -Infinity;
  // A real word changed in one character where both models clearly prefer the change, and the words around it do
  // too, needs no more than a non-word (a rarer word is no slip by itself: 民宿 is no 民俗).
  const agreed = !c.pair && c.unigramGain >= o.realWordAgreement && c.contextGain - c.isolatedGain >= o.agreementContextShare;
  let penalty = kindPenalty + (c.realWord && !agreed ? o.realWordPenalty : 0) + (c.pair ? o.pairPenalty : 0);
  // A real word swapped whole for another of its sound (时常 for 市场) is supported by its context alone: where the
  // words around prefer the other beyond what the word alone gains, it needs only wordSwapPenalty.
  if (c.pair && c.realWord && c.contextGain - c.isolatedGain >= o.wordSwapContextShare)
    penalty = Math.min(penalty, kindPenalty + o.wordSwapPenalty);
  const gain = c.contextGain - penalty;
  if (gain >= o.strongGain) return gain;
  if (c.commonChar || c.strongOnly) return -Infinity;
  // A hint needs more than a commoner word: a correction the writer plausibly meant, and either words around it
  // that prefer it, a set phrase it completes, or a sentence of plain prose in which the window is the one break (a
  // trigram that knows neither the window nor its neighbours' bond to the word meant gains as much from the window
  // alone as from the clause: 帮住群众, 健少审批事项).
  if (SELDOM_MEANT_TAGS.has(c.tag)) return -Infinity;
  if (!c.setPhrase && !c.plainSlip && !(c.contextGain - c.isolatedGain >= o.minContextShare)) return -Infinity;
  // A set phrase makes a hint, never a fix on its own: the corpus it comes from is small.
  return c.setPhrase ? Math.min(gain + o.setPhraseBonus, o.strongGain - 0.01) : gain;
}

/** The best candidate per changed character, kept where its evidence reaches the threshold. */
export function decide(scored: readonly ScoredCandidate[], withContext: boolean, o: DetectorOptions): TypoSuspect[] {
  const best = new Map<number, { c: ScoredCandidate; gain: number }>();
  for (const c of scored) {
    const gain = evidence(c, withContext, o);
    if (!(gain >= o.minGain)) continue;
    // Of two readings of one character, the one the sentence writes elsewhere is meant (责务…债务风险: 债务, not
    // 财务); it only chooses between corrections that each have the evidence, never adds one.
    const held = best.get(c.at);
    const rank = (x: ScoredCandidate) => (x.writtenElsewhere ? 1 : 0);
    if (!held || rank(c) > rank(held.c) || (rank(c) === rank(held.c) && gain > held.gain)) best.set(c.at, { c, gain });
  }
  const out: TypoSuspect[] = [];
  for (const { c, gain } of [...best.values()].sort((a, b) => a.c.at - b.c.at)) {
    // Two corrections of one window: keep the stronger.
    const last = out[out.length - 1];
    if (last && last.span.end > c.start) {
      if (last.gain >= gain) continue;
      out.pop();
    }
    out.push({
      span: { start: c.start, end: c.end },
      wrong: c.original,
      right: c.word,
      gain,
      strong: gain >= o.strongGain,
      ownWord: c.ownWord,
    });
  }
  return out;
}
