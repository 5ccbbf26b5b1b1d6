import type { PhraseEntry } from '../data/phrase-table';
import type { Span } from '../model/report-document';

export interface PhraseMatch {
  entry: PhraseEntry;
  span: Span;
}

/** Finds every wrong form of a phrase table in text, longest first, honouring each entry's context. */
export class PhraseMatcher {
  private readonly byWrong = new Map<string, PhraseEntry>();
  private readonly re: RegExp | null;

  constructor(entries: readonly PhraseEntry[]) {
    for (const e of entries) this.byWrong.set(e.wrong, e);
    const alternatives = [...this.byWrong.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.re = alternatives.length ? new RegExp(alternatives.join('|'), 'g') : null;
  }

  *matches(text: string, span: Span): Generator<PhraseMatch> {
    if (!this.re) return;
    const slice = text.slice(span.start, span.end);
    this.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = this.re.exec(slice))) {
      const entry = this.byWrong.get(m[0])!;
      const start = span.start + m.index;
      const end = start + m[0].length;
      const before = text[start - 1] ?? '';
      const after = text[end] ?? '';
      if ((before && entry.notAfter?.includes(before)) || (after && entry.notBefore?.includes(after))) {
        this.re.lastIndex = m.index + 1; // a shorter entry may still start inside
        continue;
      }
      yield { entry, span: { start, end } };
    }
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
