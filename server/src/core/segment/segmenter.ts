import type { ContextModel } from './context-model';

/** Word segmentation, injected so the core never loads a native addon itself. */
export interface Segmenter {
  /** A model of words in context, loaded with the segmenter where its file is present. */
  context?: ContextModel;
  /** Words in order; their concatenation is the input. No HMM guessing: unknown text falls apart into single characters. */
  cut(text: string): string[];
  /** Dictionary frequency, 0 if the dictionary does not know the word. */
  frequency(word: string): number;
  /** Part of speech from the dictionary (nr person, ns place, nt organisation, nz other proper noun, …). */
  tagOf(word: string): string | undefined;
  /** Log-probability of the best segmentation of text under the dictionary's unigram model. */
  score(text: string): number;
  /**
   * Every dictionary word of a given length, for building pattern indexes once; given `minFrequency`, only those
   * at least that frequent (a caller must not count on the others being left out).
   */
  wordsOfLength(length: number, minFrequency?: number): Iterable<[word: string, frequency: number]>;
  /**
   * The same words, in the same order, each shown where it stands in a string of the dictionary's (chars from
   * `start`) rather than cut out of it: for a table that needs only their characters' codes.
   */
  visitWordsOfLength?(length: number, visit: (chars: string, start: number, frequency: number) => void): void;
}
