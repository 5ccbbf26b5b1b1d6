import { matchesIn } from '../analysis/prose';
import { defineRule } from './rule';

/** Characters that write a Chinese numeral, zero included in both of its forms. */
const CN_DIGITS = '〇○零一二三四五六七八九十百千万亿两';

interface Pattern {
  re: RegExp;
  what: string;
  /** Conversion leftovers can simply go. */
  remove?: boolean;
}

const PATTERNS: Pattern[] = [
  { re: /\[(?:bookmark|image|footnote|comment)[^[\]\n]{0,80}\]/gi, what: '文档转换遗留的标记', remove: true },
  { re: /(?:20|19)?[XxＸｘ×]{1,4}年|[XxＸｘ×]{1,2}月(?:[XxＸｘ×]{1,2}日)?|(?<=月)[XxＸｘ×]{1,2}日/g, what: '未填写的日期' },
  {
    re: /(?:\d{4}|[〇○零一二三四五六七八九]{4})年[ \u3000]*(?:\d{1,2}|[元正一二三四五六七八九十]{1,3})月[ \u3000]+日/g,
    what: '未填写的日期',
  },
  { re: /(?<![A-Za-z])(?:××+|XX+|ＸＸ+|xx+|□□+)(?![A-Za-z])/g, what: '未填写的占位符' },
  // 〇 and ○ are also the zero of Chinese numerals: 〇〇 beside another numeral is a figure (二〇〇〇年), not a blank.
  { re: new RegExp(`(?<![${CN_DIGITS}])(?:〇〇+|○○+)(?![${CN_DIGITS}])`, 'g'), what: '未填写的占位符' },
  {
    re: /【[^【】\n]{0,20}(?:待|补充|填写|确认|核实|核对|TODO)[^【】\n]{0,20}】|\[(?:待|补充|填写|TODO)[^[\]\n]{0,20}\]/g,
    what: '未完成的批注',
  },
  { re: /(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])/g, what: '未完成的标记' },
  { re: /[？?]{2,}/g, what: '待定内容（连续问号）' },
];

/** What a draft leaves unfilled or a conversion leaves behind: a report must not go out with one. */
export default defineRule({
  meta: {
    id: 'placeholder',
    description: '未填写的占位内容：X月X日、××、XX、“年 月 日”、【待补充】、TODO、？？？、文档转换遗留标记',
    defaultSeverity: 'error',
    fixable: true,
    options: {},
    scope: 'paragraph',
  },
  check(ctx) {
    const taken: { start: number; end: number }[] = [];
    for (const p of ctx.doc.paragraphs) {
      for (const { re, what, remove } of PATTERNS) {
        for (const { match, span } of matchesIn(ctx.text, p.span, re)) {
          if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
          taken.push(span);
          ctx.report({
            message: `${what}：「${match[0]}」，报告定稿前须补全或删除。`,
            span,
            fix: remove ? { title: `删除「${match[0]}」`, edits: [{ span, text: '' }] } : undefined,
          });
        }
      }
    }
  },
});
