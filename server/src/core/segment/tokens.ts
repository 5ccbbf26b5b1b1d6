import type { Segmenter } from './segmenter';

export interface Token {
  word: string;
  /** Offsets into the text given to tokensOf. */
  start: number;
  end: number;
}

/** The words of text[from, to) with their offsets in text. */
export function tokensOf(seg: Segmenter, text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let at = from;
  for (const word of seg.cut(text.slice(from, to))) {
    out.push({ word, start: at, end: at + word.length });
    at += word.length;
  }
  return out;
}
