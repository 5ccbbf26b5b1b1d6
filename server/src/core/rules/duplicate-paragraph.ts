import { FingerprintIndex } from '../analysis/fingerprint-index';
import { proseParagraphs } from '../analysis/prose';
import { fingerprints, normalizeForComparison, shingles, similarity } from '../analysis/similarity';
import type { Paragraph, ReportDocument } from '../model/report-document';
import { countHan } from '../text/chars';
import { TextCache } from '../text/text-cache';
import { defineRule, type RelatedLocation } from './rule';

interface Candidate {
  para: Paragraph;
  normalized: string;
  /** Computed when first compared: most paragraphs never are. */
  shingles?: Set<number>;
  prints: readonly number[];
  /** Where it comes from: this document, or a file given with --against. */
  filePath?: string;
  order: number;
}

/** A fingerprint shared by more paragraphs than this is boilerplate, not evidence of copying. */
const COMMON_FINGERPRINT = 40;

function shinglesOf(c: Candidate): Set<number> {
  return (c.shingles ??= shingles(c.normalized));
}

const perParagraph = new TextCache<{ normalized: string; prints: readonly number[]; han: number }>();

function candidates(doc: ReportDocument, minLength: number, filePath?: string): Candidate[] {
  const out: Candidate[] = [];
  proseParagraphs(doc).forEach((para, order) => {
    const { normalized, prints, han } = perParagraph.get(doc.text.slice(para.bodySpan.start, para.bodySpan.end), (body) => {
      const n = normalizeForComparison(body);
      return { normalized: n, prints: fingerprints(n), han: countHan(n) };
    });
    if (han >= minLength) out.push({ para, normalized, prints, filePath, order });
  });
  return out;
}

/** Candidates grouped by text: per distinct text the candidates that hold it, in order; per candidate its text. */
function distinctTexts(all: readonly Candidate[]): { holders: number[][]; textOf: number[] } {
  const ids = new Map<string, number>();
  const holders: number[][] = [];
  const textOf = all.map((c, i) => {
    let id = ids.get(c.normalized);
    if (id === undefined) ids.set(c.normalized, (id = holders.push([]) - 1));
    holders[id].push(i);
    return id;
  });
  return { holders, textOf };
}

/**
 * Per distinct text, how many of one paragraph's fingerprints it shares and at which of them it was first met,
 * with the texts met in that order: arrays reused from one paragraph to the next, where a Map per paragraph was
 * most of the rule's garbage on a long text.
 */
class SharedCounts {
  readonly shared: Int32Array;
  readonly firstSeq: Int32Array;
  readonly met: number[] = [];

  constructor(texts: number) {
    this.shared = new Int32Array(texts);
    this.firstSeq = new Int32Array(texts);
  }
}

/**
 * The earlier candidates (before `i`) that share the most fingerprints with `later`, at most 8, enough of them
 * to be able to reach the threshold: the only ones worth comparing. Ties go to the one met first (by fingerprint,
 * then by position), as if every copy of a text were indexed on its own.
 */
function closestEarlier(
  index: FingerprintIndex,
  holders: readonly number[][],
  later: Candidate,
  i: number,
  threshold: number,
  ownText: number,
  counts: SharedCounts,
): number[] {
  const { shared, firstSeq, met } = counts;
  let seq = 0;
  const count = (id: number) => {
    if (id === ownText) return;
    if (shared[id]++ === 0) {
      firstSeq[id] = seq;
      met.push(id);
    }
  };
  for (const f of later.prints) {
    index.visit(f, count);
    seq++;
  }
  const enough = Math.max(1, Math.floor(later.prints.length * threshold * 0.5));
  const ranked: { j: number; n: number; seq: number }[] = [];
  for (const id of met) {
    const n = shared[id];
    shared[id] = 0; // ready for the next paragraph
    if (n < enough) continue;
    for (const j of holders[id]) {
      if (j >= i) break;
      ranked.push({ j, n, seq: firstSeq[id] });
    }
  }
  met.length = 0;
  return ranked
    .sort((a, b) => b.n - a.n || a.seq - b.seq || a.j - b.j)
    .slice(0, 8)
    .map((r) => r.j);
}

/** Exact and near-duplicate paragraphs: the later copy is reported and points to the earlier one. */
export default defineRule({
  meta: {
    id: 'duplicate-paragraph',
    description: '重复或高度相似的段落（复制粘贴遗留），在后出现的一处报告并指向先出现的一处',
    defaultSeverity: 'warn',
    fixable: true,
    options: {
      threshold: { type: 'number', default: 0.8, minimum: 0.5, maximum: 1, description: '相似度阈值（0.5–1），达到即报告' },
      minLength: { type: 'number', default: 30, minimum: 5, description: '参与比较的段落至少含多少个汉字' },
    },
  },
  check(ctx) {
    const { threshold, minLength } = ctx.options;
    const own = candidates(ctx.doc, minLength);
    const others = ctx.otherDocuments.flatMap((o) => candidates(o.doc, minLength, o.filePath));
    const all = [...others, ...own];
    // Each distinct text is indexed once, standing for every paragraph that holds it (a long text repeats many).
    const { holders, textOf } = distinctTexts(all);
    const index = new FingerprintIndex(
      holders.reduce((n, h) => n + all[h[0]].prints.length, 0),
      COMMON_FINGERPRINT,
    );
    holders.forEach((h, id) => {
      for (const f of all[h[0]].prints) index.add(f, id, h.length);
    });
    const counts = new SharedCounts(holders.length);
    const reported = new Set<Paragraph>();
    const firstByText = new Map<string, Candidate>();
    all.forEach((later, i) => {
      const exactEarlier = firstByText.get(later.normalized);
      if (!exactEarlier) firstByText.set(later.normalized, later);
      if (later.filePath !== undefined || reported.has(later.para)) return;
      let best: { c: Candidate; score: number } | undefined = exactEarlier ? { c: exactEarlier, score: 1 } : undefined;
      if (!best) {
        for (const j of closestEarlier(index, holders, later, i, threshold, textOf[i], counts)) {
          const score = similarity(shinglesOf(all[j]), shinglesOf(later));
          if (score >= threshold && (!best || score > best.score)) best = { c: all[j], score };
        }
      }
      if (!best) return;
      reported.add(later.para);
      const exact = best.c.normalized === later.normalized;
      const where = best.c.filePath ? '对比文件' : `第 ${best.c.para.line + 1} 行`;
      const related: RelatedLocation = {
        span: best.c.para.bodySpan,
        message: exact ? '先出现的相同段落' : `先出现的相似段落（相似度 ${Math.round(best.score * 100)}%）`,
        filePath: best.c.filePath,
      };
      // Removing the later copy takes its line break with it.
      const lineEnd = ctx.text.indexOf('\n', later.para.span.end);
      const removal = { start: later.para.span.start, end: lineEnd < 0 ? later.para.span.end : lineEnd + 1 };
      const fix = { title: '删除后出现的这一段', edits: [{ span: removal, text: '' }] };
      ctx.report({
        message: exact
          ? `本段与${where}的段落完全相同。`
          : `本段与${where}的段落高度相似（${Math.round(best.score * 100)}%），可能是复制后未改完。`,
        span: later.para.bodySpan,
        related: [related],
        // Only an exact copy inside this document is removed by --fix; a near copy needs the writer's eye.
        ...(exact && !best.c.filePath && later.para.kind === 'body' ? { fix } : { suggestions: [fix] }),
      });
    });
  },
});
