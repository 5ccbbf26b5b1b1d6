import table from '../data/char-confusions.json';

export interface Confusable {
  /** Same pinyin, tone aside. */
  sound: string;
  /** A near reading: z/zh, c/ch, s/sh, n/l, -n/-ng. */
  near: string;
  /** A similar stroke sequence or a shared component. */
  shape: string;
}

const data = table as Record<string, Confusable>;

/** Characters a writer may have typed in place of `ch`. */
export function confusableWith(ch: string): Confusable | undefined {
  return data[ch];
}
