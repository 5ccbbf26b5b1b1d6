import table from '../data/char-confusions.json';

export interface Confusable {
  /** Same pinyin, tone aside. */
  sound: string;
  /** A near reading, by the fuzzy sounds of input methods: z/zh, c/ch, s/sh, l/n, f/h, l/r, -n/-ng. */
  near: string;
  /** A similar stroke sequence or a shared component. */
  shape: string;
}

export type ConfusionKind = 'sound' | 'near' | 'shape';

const data = table as Record<string, Confusable>;

const kindMaps = new Map<string, ReadonlyMap<number, ConfusionKind> | null>();

/**
 * For a typed character, each character it may stand for (by its UTF-16 code, so that a lookup allocates no
 * string) and how the two relate: the closest relation wins (a sound-alike that also looks alike is a
 * sound-alike). Built once per character, looked up per candidate.
 */
export function confusionKinds(ch: string): ReadonlyMap<number, ConfusionKind> | undefined {
  let kinds = kindMaps.get(ch);
  if (kinds === undefined) {
    const c = data[ch];
    if (c) {
      const map = new Map<number, ConfusionKind>();
      for (const [kind, chars] of [
        ['shape', c.shape],
        ['near', c.near],
        ['sound', c.sound],
      ] as const)
        for (let i = 0; i < chars.length; i++) map.set(chars.charCodeAt(i), kind);
      kinds = map;
    } else kinds = null;
    kindMaps.set(ch, kinds);
  }
  return kinds ?? undefined;
}
