import { textParagraphs } from '../analysis/prose';
import type { Span } from '../model/report-document';
import { HAN, isChineseContext } from '../text/chars';
import { defineRule } from './rule';

const FULL: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
/** URLs, e-mail addresses and Markdown emphasis keep their ASCII punctuation. */
const PROTECTED =
  /(?<![\w./:-])(?:https?:\/\/|ftp:\/\/|www\.)[^\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]{1,2000}|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|\*\*|(?<!\.)\.{3,}/g;
const HALF = /[,.;:?!()]/g;
const DIGIT = /[0-9０-９]/;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const short = (s: string) => (s.length > 12 ? s.slice(0, 12) + '…' : s);

/** Half-width , . ; : ? ! ( ) in Chinese text (GB/T 15834-2011 uses full-width forms there). */
export default defineRule({
  meta: {
    id: 'punctuation-width',
    description: '中文语境中的标点应使用全角（GB/T 15834-2011）：半角 , . ; : ? ! ( ) 改为 ，。；：？！（）',
    defaultSeverity: 'warn',
    fixable: true,
    options: {},
    scope: 'paragraph',
  },
  check(ctx) {
    const { text } = ctx;
    const markerSpans = new Set(ctx.doc.headings.map((h) => h.marker.span.start));
    for (const p of textParagraphs(ctx.doc)) {
      const line = text.slice(p.span.start, p.span.end);
      const protectedSpans: Span[] = [];
      for (const m of line.matchAll(PROTECTED)) protectedSpans.push({ start: m.index!, end: m.index! + m[0].length });
      const isProtected = (i: number) => protectedSpans.some((s) => s.start <= i && i < s.end);
      const neighbour = (i: number, step: 1 | -1) => {
        for (let j = i + step; j >= 0 && j < line.length; j += step) if (line[j] !== ' ' && line[j] !== '\u3000') return line[j];
        return undefined;
      };
      const pairedClose = new Map<number, number>();
      const stack: number[] = [];
      // By code, not line[i]: each character read as a string is a new string (of a Han character), garbage.
      for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c === OPEN_PAREN) stack.push(i);
        else if (c === CLOSE_PAREN && stack.length) pairedClose.set(stack.pop()!, i);
      }
      const handledClose = new Set<number>();
      for (const m of line.matchAll(HALF)) {
        const i = m.index!;
        const ch = m[0];
        if (isProtected(i) || handledClose.has(i)) continue;
        const prev = line[i - 1];
        const next = line[i + 1];
        const prevNb = neighbour(i, -1);
        const nextNb = neighbour(i, 1);
        const abs = p.span.start + i;
        if (ch === '(') {
          const close = pairedClose.get(i);
          const inner = close !== undefined ? line.slice(i + 1, close) : '';
          const after = close !== undefined ? neighbour(close, 1) : undefined;
          const chinese = HAN.test(inner) || isChineseContext(prevNb) || isChineseContext(after);
          if (!chinese) continue;
          if (close !== undefined) {
            handledClose.add(close);
            const closeAbs = p.span.start + close;
            ctx.report({
              message: `中文语境中应使用全角括号：「(${short(inner)})」→「（${short(inner)}）」。`,
              span: { start: abs, end: closeAbs + 1 },
              fix: {
                title: '改为全角括号（）',
                edits: [
                  { span: { start: abs, end: abs + 1 }, text: '（' },
                  { span: { start: closeAbs, end: closeAbs + 1 }, text: '）' },
                ],
              },
            });
            continue;
          }
        } else if (ch === ')') {
          if (!isChineseContext(prevNb) && !isChineseContext(nextNb)) continue;
        } else if (ch === '.') {
          if (markerSpans.has(abs - 1) || markerSpans.has(abs - 2)) continue; // 1. heading marker
          if (DIGIT.test(prev ?? '') && DIGIT.test(next ?? '')) continue; // 1.5, 2018.5
          if (!isChineseContext(prevNb)) continue;
          if (nextNb !== undefined && /[A-Za-z0-9]/.test(nextNb)) continue; // 见附件.docx
        } else {
          if (DIGIT.test(prev ?? '') && DIGIT.test(next ?? '')) continue; // 1,000  10:30
          if (!isChineseContext(prevNb) && !isChineseContext(nextNb)) continue; // Latin text
          if (ch === ':' && /[A-Za-z]/.test(prev ?? '') && next === '/') continue;
        }
        const full = FULL[ch];
        ctx.report({
          message: `中文语境中应使用全角标点：「${ch}」→「${full}」。`,
          span: { start: abs, end: abs + 1 },
          fix: { title: `改为「${full}」`, edits: [{ span: { start: abs, end: abs + 1 }, text: full }] },
        });
      }
    }
  },
});
