import { matchesIn, textParagraphs } from '../analysis/prose';
import type { Segmenter } from '../segment/segmenter';
import { tokensOf } from '../segment/tokens';
import { isHan } from '../text/chars';
import { defineRule } from './rule';

/**
 * 一一 as an adverb ("one by one") comes before a verb: 一一对应、一一落实、一一核实. These are the first
 * characters of the verbs that follow it in official writing; before anything else 一一 is a mistyped dash.
 */
const ADVERB_FOLLOWERS = new Set([
  ...'对落列核回解检作介道排整登签进分化兑答见走说讲指点明交清纠记查比审报反予加给送发到上下摆展呈罗举映陈梳甄剖说推部安收清',
]);

const DOUBLE_DASH = /一一|－－|--|——?—/g;
const YEAR_RANGE = /(?<![\d.])((?:19|20)\d{2})(年?)[-－–](?=(?:19|20)\d{2}年)/g;

/** 一一, －－ or -- used for a dash (——), and year ranges written with a hyphen (2016—2020年, GB/T 15835-2011). */
export default defineRule({
  meta: {
    id: 'dash',
    description: '破折号应为“——”，不应写作“一一”“－－”“--”；年份范围用连接号“—”（2016—2020年）',
    defaultSeverity: 'warn',
    fixable: true,
    options: {},
    scope: 'paragraph',
    // 一一 can be two words meeting (统一 + 一定): only the dictionary tells, so 一一 waits for the segmenter.
    usesSegmenter: 'optional',
  },
  check(ctx) {
    const { text } = ctx;
    for (const p of textParagraphs(ctx.doc)) {
      for (const { match, span } of matchesIn(text, p.span, DOUBLE_DASH)) {
        const written = match[0];
        if (written === '——') continue;
        if (written === '———') continue; // not ours to judge
        const before = text[span.start - 1];
        const after = text[span.end];
        if (written === '一一') {
          // A dash sits between two words: after a Han character or closing mark, before a Han character.
          if (!isHan(after) || ADVERB_FOLLOWERS.has(after)) continue;
          if (before === undefined || !(isHan(before) || /[”）》]/.test(before)) || before === '一') continue;
          if (text[span.end] === '一') continue; // 一一一 is not ours to judge
          if (!ctx.segmenter || twoWordsMeet(ctx.segmenter, text, span.start, p.span)) continue;
        } else if (written === '--' || written === '－－') {
          if (!(isHan(before) || isHan(after) || /[”）》]/.test(before ?? ''))) continue; // -- in Latin text
        }
        ctx.report({
          message: `「${written}」用作破折号时应写作「——」。`,
          span,
          fix: { title: '改为「——」', edits: [{ span, text: '——' }] },
        });
      }
      for (const { match, span } of matchesIn(text, p.span, YEAR_RANGE)) {
        const dash = { start: span.end - 1, end: span.end };
        ctx.report({
          message: `年份范围应使用连接号「—」：「${match[0]}」→「${match[1]}${match[2]}—」。`,
          span,
          fix: { title: '改为连接号「—」', edits: [{ span: dash, text: '—' }] },
        });
      }
    }
  },
});

/** Whether a word ends with the first 一 and another begins with the second: 统一|一定, 唯一|一个. */
function twoWordsMeet(seg: Segmenter, text: string, at: number, within: { start: number; end: number }): boolean {
  const tokens = tokensOf(seg, text, Math.max(within.start, at - 6), Math.min(within.end, at + 8));
  const first = tokens.find((t) => t.start <= at && at < t.end);
  const second = tokens.find((t) => t.start <= at + 1 && at + 1 < t.end);
  return !!first && !!second && first.end === at + 1 && second.start === at + 1 && first.word.length >= 2 && second.word.length >= 2;
}
