import type { ReportDocument } from '../model/report-document';
import { extractFigures } from '../parse/figures';
import type { FigureCheck } from './figure-arithmetic';
import { checkCounts } from './figure-counts';
import { checkPercents } from './figure-percents';
import { checkRanks, checkSums } from './figure-sums';
import { proseParagraphs } from './prose';

export type { CheckKind, FigureCheck } from './figure-arithmetic';

const cache = new WeakMap<ReportDocument, FigureCheck[]>();

/** Every arithmetic claim in the document, checked (once a document: four rules and the hover share it). */
export function figureChecks(doc: ReportDocument): FigureCheck[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const checks: FigureCheck[] = [];
  cache.set(doc, checks);
  for (const p of proseParagraphs(doc)) {
    for (const s of p.sentences) {
      const figures = extractFigures(doc.text, s.span);
      if (figures.length) {
        checkSums(doc.text, s.span, figures, checks);
        checkPercents(doc.text, figures, checks);
      }
      checkRanks(doc.text, s.span, checks);
    }
  }
  checkCounts(doc, checks);
  return checks;
}
