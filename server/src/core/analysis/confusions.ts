import table from '../data/char-confusions.json';

const data = table as Record<string, { sound: string; shape: string }>;

/** Characters a writer may have typed in place of `ch`: same pinyin (tone aside), or a similar stroke sequence. */
export function confusableWith(ch: string): { sound: string; shape: string } | undefined {
  return data[ch];
}
