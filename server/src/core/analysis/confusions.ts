import table from '../data/char-confusions.json';

export interface Confusable {
  /** Same pinyin, tone aside. */
  sound: string;
  /** A near reading: z/zh, c/ch, s/sh, n/l, -n/-ng. */
  near: string;
  /** A similar stroke sequence or a shared component. */
  shape: string;
}

export type ConfusionKind = 'sound' | 'near' | 'shape';

const data = table as Record<string, Confusable>;

/** Characters a writer may have typed in place of `ch`. */
export function confusableWith(ch: string): Confusable | undefined {
  return data[ch];
}

const kindMaps = new Map<string, ReadonlyMap<string, ConfusionKind> | null>();

/**
 * For a typed character, each character it may stand for and how the two relate: the closest relation wins
 * (a sound-alike that also looks alike is a sound-alike). Built once per character, looked up per candidate.
 */
export function confusionKinds(ch: string): ReadonlyMap<string, ConfusionKind> | undefined {
  let kinds = kindMaps.get(ch);
  if (kinds === undefined) {
    const c = data[ch];
    if (c) {
      const map = new Map<string, ConfusionKind>();
      for (const [kind, chars] of [
        ['shape', c.shape],
        ['near', c.near],
        ['sound', c.sound],
      ] as const)
        for (const x of chars) map.set(x, kind);
      kinds = map;
    } else kinds = null;
    kindMaps.set(ch, kinds);
  }
  return kinds ?? undefined;
}
