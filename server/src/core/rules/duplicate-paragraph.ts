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
  prints: Set<number>;
  /** Where it comes from: this document, or a file given with --against. */
  filePath?: string;
  order: number;
}

/** A fingerprint shared by more paragraphs than this is boilerplate, not evidence of copying. */
const COMMON_FINGERPRINT = 40;

function shinglesOf(c: Candidate): Set<number> {
  return (c.shingles ??= shingles(c.normalized));
}

const perParagraph = new TextCache<{ normalized: string; prints: Set<number>; han: number }>();

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
    // Index winnowed fingerprints so that only paragraphs sharing a passage are compared: near-linear time.
    const index = new FingerprintIndex(
      all.reduce((n, c) => n + c.prints.size, 0),
      COMMON_FINGERPRINT,
    );
    all.forEach((c, i) => {
      for (const f of c.prints) index.add(f, i);
    });
    const reported = new Set<Paragraph>();
    const firstByText = new Map<string, Candidate>();
    all.forEach((later, i) => {
      const exactEarlier = firstByText.get(later.normalized);
      if (!exactEarlier) firstByText.set(later.normalized, later);
      if (later.filePath !== undefined || reported.has(later.para)) return;
      let best: { c: Candidate; score: number } | undefined = exactEarlier ? { c: exactEarlier, score: 1 } : undefined;
      if (!best) {
        const shared = new Map<number, number>();
        const count = (j: number) => {
          if (j < i) shared.set(j, (shared.get(j) ?? 0) + 1);
        };
        for (const f of later.prints) index.visit(f, count);
        // Only paragraphs that share a good part of their fingerprints can reach the threshold: compare the few best.
        const enough = Math.max(1, Math.floor(later.prints.size * threshold * 0.5));
        const closest = [...shared]
          .filter(([, n]) => n >= enough)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8);
        for (const [j] of closest) {
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
