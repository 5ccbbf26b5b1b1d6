import { brokenInto, nextParagraph, startsMidSentence } from '../analysis/broken-lines';
import { isSoftWrapped, leavesMarkOpen } from '../analysis/prose';
import type { Paragraph, ReportDocument } from '../model/report-document';
import { CLOSER_OF, OPENER_OF } from '../text/chars';
import { defineRule } from './rule';

const PAIRS = CLOSER_OF;
const CLOSERS = OPENER_OF;
/** Any of the marks: a paragraph's marks are found by the regex engine's scan rather than a loop over every character. */
const ANY_MARK = new RegExp(`[${[...Object.keys(PAIRS), ...Object.keys(CLOSERS)].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'g');

/** Paragraphs holding text a writer typed; stray layout lines ('other') count only inside a run of broken lines. */
const checked = (p: Paragraph) => p.kind !== 'other';

/** Whether the next line carries on a quotation or title this run leaves open: 签订的《⏎…联合声明⏎》，… */
function continuesInto(doc: ReportDocument, p: Paragraph, run: string): boolean {
  if (p.kind === 'table' || !leavesMarkOpen(run)) return false;
  const next = nextParagraph(doc, p);
  return !!next && (startsMidSentence(next) || brokenInto(doc, p) === next);
}

/** Quotation marks, book-title marks and brackets that do not pair up within a paragraph. */
export default defineRule({
  meta: {
    id: 'unpaired-mark',
    description: '引号、书名号、括号须在同一段内成对出现：“ ” ‘ ’ 《 》 （ ） 【 】 「 」',
    defaultSeverity: 'warn',
    fixable: false,
    options: {},
  },
  check(ctx) {
    // Lines broken inside a mark (soft wraps) or mid-sentence by a source are read together with the lines they
    // continue into, whatever those lines were taken for (a broken-off 《 line looks like a stray layout line).
    const runs: { span: Paragraph['span']; bodySpan: Paragraph['bodySpan']; checked: boolean }[] = [];
    let joining = false;
    for (const p of ctx.doc.paragraphs) {
      const previous = runs[runs.length - 1];
      if (joining && previous) {
        previous.span = { start: previous.span.start, end: p.span.end };
        previous.checked ||= checked(p);
      } else {
        runs.push({ span: { ...p.span }, bodySpan: p.bodySpan, checked: checked(p) });
      }
      const run = runs[runs.length - 1];
      const runText = ctx.text.slice(run.span.start, p.span.end);
      // Either way of joining needs the run to leave a mark open, which most runs do not: asked once for both.
      joining = leavesMarkOpen(runText) && (isSoftWrapped(ctx.doc, p, run.span.start) || continuesInto(ctx.doc, p, runText));
    }
    const paragraphs = runs.filter((r) => r.checked);
    paragraphs.forEach((p, pi) => {
      const line = ctx.text.slice(p.span.start, p.span.end);
      const stack: { ch: string; i: number }[] = [];
      const stray: { ch: string; i: number; kind: 'open' | 'close' }[] = [];
      ANY_MARK.lastIndex = 0;
      for (let m = ANY_MARK.exec(line); m; m = ANY_MARK.exec(line)) {
        const i = m.index;
        const ch = m[0];
        if (PAIRS[ch]) {
          stack.push({ ch, i });
        } else if (CLOSERS[ch]) {
          const open = CLOSERS[ch];
          // ’ before two digits is an apostrophe shortening a year (中国’99昆明世博会), unless a ‘ is open.
          if (ch === '’' && /^[0-9０-９]{2}/.test(line.slice(i + 1, i + 3)) && !stack.some((s) => s.ch === open)) continue;
          // Close the nearest matching opener; openers of other kinds left inside stay unpaired.
          let k = stack.length - 1;
          while (k >= 0 && stack[k].ch !== open) k--;
          if (k < 0) stray.push({ ch, i, kind: 'close' });
          else for (const s of stack.splice(k).slice(1)) stray.push({ ...s, kind: 'open' });
        }
      }
      for (const s of stack) stray.push({ ...s, kind: 'open' });
      // A quotation over several paragraphs opens each one and closes only the last (GB/T 15834-2011 4.1.3.4).
      const next = paragraphs[pi + 1];
      const nextStartsQuote = next && /^[\s\u3000]*“/.test(ctx.text.slice(next.bodySpan.start, next.span.end));
      for (const s of stray.sort((a, b) => a.i - b.i)) {
        if (s.kind === 'open' && s.ch === '“' && nextStartsQuote) continue;
        const abs = p.span.start + s.i;
        const other = s.kind === 'open' ? PAIRS[s.ch] : CLOSERS[s.ch];
        ctx.report({
          message:
            s.kind === 'open'
              ? `「${s.ch}」在本段没有对应的「${other}」。`
              : `「${s.ch}」前面没有对应的「${other}」：可能多了一个「${s.ch}」，或漏了「${other}」。`,
          span: { start: abs, end: abs + 1 },
          suggestions:
            s.kind === 'close' || s.ch !== '“'
              ? [{ title: `删除「${s.ch}」`, edits: [{ span: { start: abs, end: abs + 1 }, text: '' }] }]
              : undefined,
        });
      }
    });
  },
});
