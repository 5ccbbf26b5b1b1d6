/**
 * Whether a span touches one of the user's allowed words in the text: the typo, repeated-character and
 * variant-form rules never report inside them.
 */
export function allowedWordChecker(text: string, words: readonly string[]): (start: number, end: number) => boolean {
  const spans: { start: number; end: number }[] = [];
  for (const w of words) {
    if (!w) continue;
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) spans.push({ start: i, end: i + w.length });
  }
  return (start, end) => spans.some((a) => a.start < end && start < a.end);
}
