// Plants typos into clean report text: in a random sentence, one character of a frequent word is swapped
// for a character that sounds the same or looks alike, and the new spelling is not itself a word.
// Seeded, so every run plants the same cases.
import table from '../server/src/core/data/char-confusions.json';
import type { Segmenter } from '../server/src/core';
import { seededRandom as random } from '../test/helpers/random';

export interface PlantedCase {
  text: string;
  /** Index of the planted character in text, and the character it replaced. */
  position: number;
  original: string;
  planted: string;
}

/**
 * For each intended character, the characters a writer may type instead: the inverse of the detector's table
 * (whose entries list, for a typed character, what may have been meant).
 */
function typedFor(): Map<string, { sound: string[]; shape: string[] }> {
  const out = new Map<string, { sound: string[]; shape: string[] }>();
  const entry = (c: string) => out.get(c) ?? (out.set(c, { sound: [], shape: [] }), out.get(c)!);
  for (const [typed, { sound, shape }] of Object.entries(table as Record<string, { sound: string; shape: string }>)) {
    for (const meant of sound) entry(meant).sound.push(typed);
    for (const meant of shape) entry(meant).shape.push(typed);
  }
  return out;
}

export function plantTypos(texts: string[], seg: Segmenter, opts: { cases: number; seed: number; minFrequency?: number }): PlantedCase[] {
  const rand = random(opts.seed);
  const typed = typedFor();
  const sentences = texts
    .flatMap((t) => t.split(/(?<=[。！？；])|\n/))
    .map((s) => s.trim())
    .filter((s) => (s.match(/[\u4e00-\u9fff]/g) ?? []).length >= 12 && s.length <= 120);
  const out: PlantedCase[] = [];
  let attempts = 0;
  while (out.length < opts.cases && attempts < opts.cases * 50) {
    attempts++;
    const sentence = sentences[Math.floor(rand() * sentences.length)];
    const words: { word: string; start: number }[] = [];
    let at = 0;
    for (const w of seg.cut(sentence)) {
      if (w.length >= 2 && w.length <= 4 && /^[\u4e00-\u9fff]+$/.test(w) && seg.frequency(w) >= (opts.minFrequency ?? 1000))
        words.push({ word: w, start: at });
      at += w.length;
    }
    if (!words.length) continue;
    const { word, start } = words[Math.floor(rand() * words.length)];
    const k = Math.floor(rand() * word.length);
    const conf = typed.get(word[k]);
    if (!conf) continue;
    const pool = rand() < 0.7 ? conf.sound : conf.shape;
    if (!pool.length) continue;
    const c = pool[Math.floor(rand() * pool.length)];
    const misspelt = word.slice(0, k) + c + word.slice(k + 1);
    if (seg.frequency(misspelt) > 0) continue; // still a word: not a typo anyone could see
    out.push({
      text: sentence.slice(0, start + k) + c + sentence.slice(start + k + 1),
      position: start + k,
      original: word[k],
      planted: c,
    });
  }
  return out;
}
