import { matchesIn, proseParagraphs } from '../analysis/prose';
import type { ReportDocument } from '../model/report-document';
import { defineRule } from './rule';

/** 截止 (to close) before a point in time should be 截至 (up to). */
const JIEZHI =
  /截止(?:到)?(?=[0-9０-９]|[一二三四五六七八九〇]{2,4}年|目前|当前|现在|今年|去年|本年|上年|年底|年末|年初|本月|上月|今日|今天|上半年|下半年|前三季度|前)/g;
/**
 * A two-digit year where a point in time stands: before a month, or before a word that needs a point in time
 * (18年5月, 20年以来, 自21年起, 22年底, 23年全年, 22年度). 20年代 and 20年来 are not followed by such a word.
 */
const SHORT_YEAR = /(?<![0-9０-９.．])([0-9]{2})年(?=[0-9]{1,2}月|以来|起|开始|[底初末]|全年|[上下]半年|前三季度|第?[一二三四]季度|度)/g;
/** Before the number, a word that makes it a count of years (近20年以来, 工作20年开始, 连续20年全年). */
const YEARS_COUNTED = /(?:近|多|几|数|连续|长达|历时|经过|工作|用|了|有|满|过去|这|前|后|每|第|头|最近|已|达|共|约|逾|超过)$/;
/** An exact figure (not round) with 多 or 余 after it: 8074多 should be 8000多 or 8074. */
const EXACT_APPROX = /(?<![0-9.．])([1-9][0-9]*[1-9])(多|余)(?![元年次倍])/g;

/** Most documents say which year they are about: take the century from their four-digit years. */
function centuryOf(doc: ReportDocument): number | null {
  const counts = new Map<number, number>();
  for (const m of doc.text.matchAll(/(?<![0-9])((?:19|20)[0-9]{2})(?=年)/g)) {
    const c = Math.floor(Number(m[1]) / 100) * 100;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  if (counts.size !== 1) return null;
  return [...counts.keys()][0];
}

/** Fixed usage errors of official writing. */
export default defineRule({
  meta: {
    id: 'usage',
    description: '公文常见用法错误：表示时点用“截至”而非“截止”；年份写全（18年→2018年）；精确数字后不加“多”“余”',
    defaultSeverity: 'warn',
    fixable: true,
    options: {},
  },
  check(ctx) {
    const century = centuryOf(ctx.doc);
    for (const p of proseParagraphs(ctx.doc)) {
      for (const { match, span } of matchesIn(ctx.text, p.bodySpan, JIEZHI)) {
        ctx.report({
          message: `表示到某一时间为止应用「截至」：「${match[0]}」→「截至」。`,
          span,
          fix: { title: '改为「截至」', edits: [{ span, text: '截至' }] },
        });
      }
      for (const { match, span } of matchesIn(ctx.text, p.bodySpan, SHORT_YEAR)) {
        if (YEARS_COUNTED.test(ctx.text.slice(Math.max(p.bodySpan.start, span.start - 4), span.start))) continue;
        const full = century !== null ? `${century + Number(match[1])}年` : null;
        ctx.report({
          message: full ? `年份应写全：「${match[0]}」→「${full}」。` : `年份应写全，不应简写为「${match[0]}」。`,
          span,
          fix: full ? { title: `改为「${full}」`, edits: [{ span, text: full }] } : undefined,
        });
      }
      for (const { match, span } of matchesIn(ctx.text, p.bodySpan, EXACT_APPROX)) {
        const digits = match[1];
        const rounded = digits[0] + '0'.repeat(digits.length - 1);
        const numberSpan = { start: span.start, end: span.start + digits.length };
        const wordSpan = { start: numberSpan.end, end: span.end };
        ctx.report({
          message: `「${digits}」是确数，后面不应再加「${match[2]}」：写作「${digits}」或「${rounded}${match[2]}」。`,
          span,
          suggestions: [
            { title: `删除「${match[2]}」`, edits: [{ span: wordSpan, text: '' }] },
            { title: `改为「${rounded}${match[2]}」`, edits: [{ span: numberSpan, text: rounded }] },
          ],
        });
      }
    }
  },
});
