/** Word segmentation, injected so the core never loads a native addon itself. */
export interface Segmenter {
  /** Words in order; their concatenation is the input. No HMM guessing: unknown text falls apart into single characters. */
  cut(text: string): string[];
  /** Whether the dictionary knows this word. */
  has(word: string): boolean;
  /** Dictionary frequency, 0 if unknown. */
  frequency(word: string): number;
  /** Part-of-speech tags: nr (person), ns (place), nt (organisation), …; [] where unknown. */
  tag(text: string): { word: string; tag: string }[];
}
