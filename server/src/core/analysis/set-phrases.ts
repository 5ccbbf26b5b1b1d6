import data from '../data/set-phrases.json';
import { BASIC_HAN_RANGE } from '../text/chars';

/**
 * The set phrases of official prose (runs of four characters frequent in published reports, mined by
 * scripts/build-set-phrases.ts), and whether a correction completes one that the text as written misses.
 */
const LENGTH = data.length;
let phrases: Set<string> | undefined;

function phraseSet(): Set<string> {
  if (!phrases) {
    phrases = new Set();
    for (let i = 0; i + LENGTH <= data.phrases.length; i += LENGTH) phrases.add(data.phrases.slice(i, i + LENGTH));
  }
  return phrases;
}

const ALL_HAN = new RegExp(`^[${BASIC_HAN_RANGE}]+$`);

/**
 * Whether replacing sentence[start, end) by word turns a run of four characters around the change into a set
 * phrase that the original run is not: a near-miss of a fixed expression (加强队伍建设 written 加强对伍建设).
 */
export function completesSetPhrase(sentence: string, start: number, end: number, word: string): boolean {
  const set = phraseSet();
  const fixed = sentence.slice(0, start) + word + sentence.slice(end);
  for (let i = Math.max(0, start - LENGTH + 1); i < end && i + LENGTH <= sentence.length; i++) {
    const gram = fixed.slice(i, i + LENGTH);
    if (set.has(gram) && !set.has(sentence.slice(i, i + LENGTH)) && ALL_HAN.test(gram)) return true;
  }
  return false;
}
