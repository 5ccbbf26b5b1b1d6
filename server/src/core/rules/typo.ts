import { allowedWordChecker } from '../analysis/allowed';
import { PhraseMatcher } from '../analysis/phrase-matcher';
import { textParagraphs } from '../analysis/prose';
import { splitsWords } from '../analysis/splits-words';
import { DEFAULT_DETECTOR_OPTIONS } from '../analysis/typo-options';
import { detectTypos } from '../analysis/typo-slips';
import { usedAsWritten } from '../analysis/typo-decision';
import { TYPO_DICTIONARY } from '../data/typo-dictionary';
import type { PhraseEntry } from '../data/phrase-table';
import type { Span } from '../model/report-document';
import { HAN_RANGES } from '../text/chars';
import { defineRule, type RuleContext } from './rule';

const builtIn = new PhraseMatcher(TYPO_DICTIONARY);
const TWO_HAN = new RegExp(`[${HAN_RANGES}]{2}`);
const userMatchers = new WeakMap<object, PhraseMatcher>();
function matcherFor(ctx: RuleContext): PhraseMatcher {
  const typos = ctx.userTypos;
  if (!Object.keys(typos).length) return builtIn;
  let m = userMatchers.get(typos);
  if (!m) {
    const user: PhraseEntry[] = Object.entries(typos).map(([wrong, right]) => ({ wrong, right }));
    m = new PhraseMatcher([...TYPO_DICTIONARY.filter((e) => !(e.wrong in typos)), ...user]);
    userMatchers.set(typos, m);
  }
  return m;
}

/** 错别字: a curated dictionary of confusions, the user's own, and detection that reads context. */
export default defineRule({
  meta: {
    id: 'typo',
    description: '错别字：常见误写（部暑→部署、人材→人才），以及按上下文发现的音近、形近误字（效律→效率、以人民为忠心→中心）',
    defaultSeverity: 'warn',
    fixable: true,
    tags: ['word'],
    options: {
      detect: { type: 'boolean', default: true, description: '用分词和语境模型发现词典之外的错别字（需要分词组件）' },
      minGain: {
        type: 'number',
        default: DEFAULT_DETECTOR_OPTIONS.minGain,
        minimum: 0,
        description: '改正后所在分句的概率须提高到多少倍（以 10 为底的对数）才提示「可能应为」（信息级，不使检查失败）；越大越保守',
      },
      strongGain: {
        type: 'number',
        default: DEFAULT_DETECTOR_OPTIONS.strongGain,
        minimum: 0,
        description: '提高到多少倍（以 10 为底的对数）起按规则级别报告并给出修正；越大越保守',
      },
    },
    usesSegmenter: 'optional',
    scope: 'paragraph',
  },
  check(ctx) {
    const { text } = ctx;
    const isAllowed = allowedWordChecker(text, ctx.allowedWords);
    const matcher = matcherFor(ctx);
    const reported: Span[] = [];
    for (const p of textParagraphs(ctx.doc)) {
      if (p.kind === 'table' && !TWO_HAN.test(p.text)) continue;
      for (const { entry, span } of matcher.matches(text, p.span)) {
        if (isAllowed(span.start, span.end)) continue;
        if (ctx.segmenter && splitsWords(ctx.segmenter, text, span)) continue;
        reported.push(span);
        ctx.report({
          message: `错别字：「${entry.wrong}」应为「${entry.right}」。`,
          span,
          fix: { title: `改为「${entry.right}」`, edits: [{ span, text: entry.right }] },
        });
      }
    }
    if (!ctx.segmenter || ctx.options.detect === false) return;
    // The configuration has merged the defaults in metadata: the options are complete here.
    const options = { ...DEFAULT_DETECTOR_OPTIONS, minGain: ctx.options.minGain, strongGain: ctx.options.strongGain };
    // A heading's title is a few words without the sentence around them that a hint's evidence needs: strong
    // findings only, and no search for further slips on weaker evidence either.
    const strongest = Math.max(options.minGain, options.strongGain);
    const titleOptions = { ...options, minGain: strongest, clusterGain: strongest };
    const seg = ctx.segmenter;
    // A slip of a character too rare to be typed by sound may also be a name made of it (犇腾 in a park's name):
    // offered as a quick fix, never applied by --fix.
    const mendsRareCharacter = (wrong: string, right: string) =>
      [...wrong].some((ch, i) => ch !== right[i] && seg.frequency(ch) < options.minTypedFrequency);
    for (const p of textParagraphs(ctx.doc)) {
      if (p.kind === 'table' || p.kind === 'other') continue;
      const spans = p.sentences.length ? p.sentences.map((s) => s.span) : [p.bodySpan];
      // A heading's title is prose too (以国有企业为重点燊化经济体制改革), read apart from any text running on after
      // it: the line up to its body, marker included (the paragraph alone says where, wherever it was parsed). A
      // numbered paragraph's "title" is its marker alone (1. or （1）), its text the body.
      const title =
        p.kind === 'heading' && !p.heading?.paragraph && p.bodySpan.start > p.span.start
          ? { start: p.span.start, end: p.bodySpan.start }
          : null;
      if (title) spans.unshift(title);
      for (const span of spans) {
        for (const suspect of detectTypos(seg, text, span, isAllowed, span === title ? titleOptions : options)) {
          if (reported.some((r) => r.start < suspect.span.end && suspect.span.start < r.end)) continue;
          const edit = { title: `改为「${suspect.right}」`, edits: [{ span: suspect.span, text: suspect.right }] };
          const forms = [suspect.wrong, suspect.ownWord];
          if (suspect.strong) {
            const message = `疑似错别字：「${suspect.wrong}」应为「${suspect.right}」。`;
            if (mendsRareCharacter(suspect.wrong, suspect.right)) ctx.report({ message, span: suspect.span, suggestions: [edit], forms });
            else ctx.report({ message, span: suspect.span, fix: edit, forms });
          } else {
            // Weaker evidence: a hint with a suggestion, never applied by --fix and never failing a run.
            ctx.report({
              message: `「${suspect.wrong}」可能应为「${suspect.right}」。`,
              span: suspect.span,
              suggestions: [edit],
              severity: 'info',
              forms,
            });
          }
        }
      }
    }
  },
  refine: (findings, text) => findings.filter((f) => !f.forms || !usedAsWritten(text, f.forms)),
});
