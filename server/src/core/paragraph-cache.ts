import type { ResolvedConfig } from './config/config';
import type { Paragraph, ReportDocument, Span } from './model/report-document';
import type { Finding, Rule } from './rules/rule';
import { itemHolding } from './text/in-order';

/**
 * Findings of paragraph-scoped rules (meta.scope 'paragraph'), kept per paragraph by content, so that
 * linting a document again after an edit runs those rules only on the paragraphs whose content changed, and a
 * paragraph that a document repeats is checked once.
 *
 * A paragraph's key holds everything a paragraph-scoped rule may read: its line, the characters either side
 * of it, its kind, where its prose starts and its heading as parsed. Findings are stored relative to the
 * paragraph's start and moved to wherever the paragraph now stands. A rule that reports outside the
 * paragraph it looked at is not paragraph-scoped after all: it is then run on the whole document from then on,
 * so the findings always equal those of a whole-document lint.
 */
export class ParagraphCache {
  /** Per rule (and whether the segmenter ran): paragraph key -> findings relative to the paragraph's start. */
  private entries = new Map<string, Map<string, Finding[]>>();
  private settingsKey = '';
  private readonly wholeDocument = new Set<string>();

  /**
   * Cached findings are valid for one set of settings: different settings start the cache afresh. False where
   * the cache cannot be used: an allowed word holding a line break reaches across paragraphs.
   */
  useSettings(config: ResolvedConfig): boolean {
    if (config.allow.some((w) => /[\r\n]/.test(w))) return false;
    const key = JSON.stringify(config);
    if (key !== this.settingsKey) {
      this.settingsKey = key;
      this.entries = new Map();
    }
    return true;
  }

  /** Paragraph keys of each document linted: every paragraph-scoped rule asks for the same ones. */
  private readonly keys = new WeakMap<ReportDocument, string[]>();

  private keysOf(doc: ReportDocument): string[] {
    let keys = this.keys.get(doc);
    if (!keys) this.keys.set(doc, (keys = doc.paragraphs.map((p) => paragraphKey(doc.text, p))));
    return keys;
  }

  /** Whether this rule's findings are taken per paragraph. */
  handles(rule: Rule): boolean {
    return rule.meta.scope === 'paragraph' && !this.wholeDocument.has(rule.meta.id);
  }

  /**
   * The rule's findings on `doc`: cached paragraphs are moved, the others are checked by `check` on a view
   * of the document holding only them. Returns undefined where the rule must run on the whole document.
   */
  findings(rule: Rule, withSegmenter: boolean, doc: ReportDocument, check: (view: ReportDocument) => Finding[]): Finding[] | undefined {
    const slot = `${rule.meta.id}\u0000${withSegmenter}`;
    const previous = this.entries.get(slot) ?? new Map<string, Finding[]>();
    const next = new Map<string, Finding[]>();
    const keys = this.keysOf(doc);
    // A paragraph written several times in the document (boilerplate, files joined) is checked once.
    const missing: Paragraph[] = [];
    const queued = new Set<string>();
    keys.forEach((key, i) => {
      if (next.has(key) || queued.has(key)) return;
      const known = previous.get(key);
      if (known) next.set(key, known);
      else {
        queued.add(key);
        missing.push(doc.paragraphs[i]);
      }
    });
    if (missing.length) {
      const found = check(viewOf(doc, missing));
      const byParagraph = new Map<Paragraph, Finding[]>(missing.map((p) => [p, []]));
      for (const f of found) {
        const p = itemHolding(missing, f.span.start, (q) => ({ first: q.span.start, last: q.span.end }));
        if (!p || !spansOf(f).every((s) => s.start >= p.span.start && s.end <= p.span.end)) {
          this.wholeDocument.add(rule.meta.id);
          this.entries.delete(slot);
          return undefined;
        }
        byParagraph.get(p)!.push(moved(f, -p.span.start));
      }
      const keyOf = new Map(doc.paragraphs.map((p, i) => [p, keys[i]]));
      for (const [p, list] of byParagraph) next.set(keyOf.get(p)!, list);
    }
    this.entries.set(slot, next);
    const out: Finding[] = [];
    keys.forEach((key, i) => {
      const start = doc.paragraphs[i].span.start;
      for (const f of next.get(key)!) out.push(moved(f, start));
    });
    return out;
  }
}

function paragraphKey(text: string, p: Paragraph): string {
  const at = p.span.start;
  const h = p.heading;
  const heading = h
    ? [
        h.marker.kind,
        h.marker.value,
        h.marker.style,
        h.marker.span.start - at,
        h.marker.span.end - at,
        h.titleSpan.start - at,
        h.titleSpan.end - at,
        h.rank,
        h.paragraph,
        h.inTable,
        h.title,
      ].join(',')
    : '';
  const around = (text[at - 1] ?? '^') + (text[p.span.end] ?? '$');
  return [p.kind, around, p.bodySpan.start - at, p.bodySpan.end - at, heading, p.text].join('\u0001');
}

/** The document as paragraph-scoped rules see it, with only these paragraphs (and their headings). */
function viewOf(doc: ReportDocument, paragraphs: Paragraph[]): ReportDocument {
  return { ...doc, paragraphs, headings: paragraphs.flatMap((p) => (p.heading ? [p.heading] : [])) };
}

function spansOf(f: Finding): Span[] {
  return [
    f.span,
    ...(f.fix?.edits.map((e) => e.span) ?? []),
    ...(f.suggestions?.flatMap((s) => s.edits.map((e) => e.span)) ?? []),
    ...(f.related?.map((r) => r.span) ?? []),
  ];
}

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

function moved(f: Finding, by: number): Finding {
  const out: Finding = { ...f, span: shift(f.span, by) };
  if (f.fix) out.fix = { ...f.fix, edits: f.fix.edits.map((e) => ({ ...e, span: shift(e.span, by) })) };
  if (f.suggestions) out.suggestions = f.suggestions.map((s) => ({ ...s, edits: s.edits.map((e) => ({ ...e, span: shift(e.span, by) })) }));
  if (f.related) out.related = f.related.map((r) => ({ ...r, span: shift(r.span, by) }));
  return out;
}
