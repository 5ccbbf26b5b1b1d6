import { matchesIn, textParagraphs } from '../analysis/prose';
import type { Segmenter } from '../segment/segmenter';
import { tokensOf } from '../segment/tokens';
import { allowedWordChecker } from '../analysis/allowed';
import { defineRule } from './rule';

/** Reduplications that are words in their own right (AA). */
const REDUPLICATED = new Set(
  (
    '常常 人人 天天 年年 月月 日日 时时 处处 事事 家家 户户 个个 件件 项项 条条 层层 步步 节节 次次 代代 世世 ' +
    '刚刚 渐渐 慢慢 轻轻 好好 多多 看看 想想 试试 谈谈 说说 走走 听听 问问 查查 比比 往往 仅仅 偏偏 稍稍 ' +
    '默默 悄悄 紧紧 牢牢 久久 纷纷 频频 屡屡 连连 声声 句句 点点 滴滴 生生 息息 井井 历历 津津 孜孜 ' +
    '兢兢 业业 勃勃 蒸蒸 欣欣 熠熠 赫赫 浩浩 荡荡 滔滔 谆谆 切切 恰恰 区区 姗姗 冉冉 依依 楚楚 ' +
    '一一 谢谢 妈妈 爸爸 哥哥 姐姐 弟弟 妹妹 爷爷 奶奶 宝宝 星星 猩猩 匆匆 茫茫 漫漫 皑皑 ' +
    '心心 面面 方方 头头 条条 样样 种种 桩桩 源源 芸芸 寥寥 草草 往往 统统 通通 足足 整整 满满 白白 ' +
    '大大 小小 高高 深深 远远 早早 长长 多多 少少 许许 密密 麻麻 平平 安安 明明 实实 在在 扎扎 踏踏 ' +
    '清清 认认 真真 干干 净净 轰轰 烈烈 堂堂 正正 规规 矩矩 原原 本本 老老 勤勤 恳恳 口口 声声 吞吞 ' +
    '超超 岁岁 朝朝 暮暮 分分 秒秒 家家 村村 校校 企企 镇镇 乡乡 县县 市市 省省 关关 环环 级级 段段'
  ).split(/\s+/),
);

/** Verbs whose ABAB form (研究研究) is idiomatic. */
const REDUPLICABLE_VERBS = new Set(
  '研究 讨论 学习 考虑 商量 休息 锻炼 活动 打听 收拾 整理 检查 了解 交流 体验 介绍 比较 思考 总结 分析 琢磨 清理 打扫 准备 认识 议论 调查 沟通 表扬 批评 帮助 照顾 放松 熟悉 尝试'.split(' '),
);

/** Characters that may follow a word ending in the same character: 目的的, 为了了解. */
const FUNCTION_CHARS = new Set([...'的了是在和与及对为有要会能把被将就也都而或之其以于']);
const NUMERALS = /[〇零一二三四五六七八九十百千万亿两]/;
/** Two abbreviations joined before these words name a partnership (校企合作, 会会合作), not a slip. */
const PAIRED_ABBREVIATION = /^(?:合作|协作|对接|共建|联动|交流|互动|协同|结对|联合|互访|互通)/;

/** Four-character words (idioms) indexed by their pattern with one character unknown: 形式?样 -> 形式多样. */
const fourCharIndex = new WeakMap<Segmenter, (pattern: string) => string | undefined>();

/** An unintended doubled character or word: 保险机机, 形式式样, 的的, 进行进行 — never 常常, 人人, 研究研究. */
export default defineRule({
  meta: {
    id: 'repeated-char',
    description: '误重复的字或词（机机、式式、的的、进行进行）；正常的叠词（常常、人人、看看、研究研究）不报告',
    defaultSeverity: 'warn',
    fixable: false,
    tags: ['word'],
    options: {},
    usesSegmenter: 'required',
  },
  check(ctx) {
    const seg = ctx.segmenter!;
    const { text } = ctx;
    const isAllowed = allowedWordChecker(text, ctx.allowedWords);
    for (const p of textParagraphs(ctx.doc)) {
      if (p.kind === 'table') continue;
      for (const { match, span } of matchesIn(text, p.span, /([\u4e00-\u9fff])\1/g)) {
        const ch = match[1];
        const i = span.start;
        if (REDUPLICATED.has(ch + ch) || NUMERALS.test(ch) || isAllowed(i, i + 2)) continue;
        if (text[i + 2] === text[i + 3] && text[i + 2] !== ch) continue; // AABB: 扎扎实实
        if (text[i - 1] === text[i - 2] && text[i - 1] !== ch) continue; // the BB of AABB
        if (text[i + 2] === ch) continue; // three in a row is emphasis or a list, not a slip
        if (text[i - 1] === '一') continue; // 一个个, 一步步
        if (PAIRED_ABBREVIATION.test(text.slice(i + 2, i + 4))) continue; // 会会合作, 校校共建: X与X之间
        const tokens = tokensOf(seg, text, Math.max(p.span.start, i - 6), Math.min(p.span.end, i + 8));
        const a = tokens.find((t) => t.start <= i && i < t.end)!;
        const b = tokens.find((t) => t.start <= i + 1 && i + 1 < t.end)!;
        if (a === b) continue; // one word holds both: 谢谢, 的的确确
        let suggestion: string | undefined;
        if (a.word.length >= 2 && b.word.length >= 2) {
          // Two words meeting on a shared character (工作作风) are fine unless a known phrase was meant (形式多样).
          suggestion = lookupFourChar(seg, text[i - 1] + ch + '?' + text[i + 2]);
          // The second word must be rare beside the phrase: 式样 (274) beside 形式多样 (41), not 体现 (5372) beside 具体表现 (3).
          if (!suggestion || seg.frequency(b.word) > 20 * seg.frequency(suggestion)) continue;
        } else if (a.word.length >= 2 || b.word.length >= 2) {
          const single = a.word.length === 1 ? a : b;
          if (FUNCTION_CHARS.has(single.word)) continue; // 目的的
        }
        ctx.report({
          message: suggestion
            ? `「${ch}」重复：「${text.slice(i - 1, i + 3)}」疑为「${suggestion}」。`
            : `「${ch}」重复：「${text.slice(Math.max(p.span.start, i - 2), i + 2)}」。`,
          span,
          suggestions: suggestion
            ? [{ title: `改为「${suggestion}」`, edits: [{ span: { start: i - 1, end: i + 3 }, text: suggestion }] }]
            : [{ title: `删除重复的「${ch}」`, edits: [{ span: { start: i + 1, end: i + 2 }, text: '' }] }],
        });
      }
      for (const { match, span } of matchesIn(text, p.span, /([\u4e00-\u9fff]{2})\1/g)) {
        const word = match[1];
        if (word[0] === word[1] || REDUPLICABLE_VERBS.has(word) || NUMERALS.test(word[0]) || isAllowed(span.start, span.end)) continue;
        if (!seg.frequency(word) || seg.frequency(word + word)) continue;
        ctx.report({
          message: `「${word}」重复：「${word}${word}」。`,
          span,
          suggestions: [{ title: `删除重复的「${word}」`, edits: [{ span: { start: span.start + 2, end: span.end }, text: '' }] }],
        });
      }
    }
  },
});

function lookupFourChar(seg: Segmenter, pattern: string): string | undefined {
  let lookup = fourCharIndex.get(seg);
  if (!lookup) {
    const index = new Map<string, [string, number]>();
    for (const [word, freq] of seg.wordsOfLength(4)) {
      const key = word[0] + word[1] + '?' + word[3];
      const current = index.get(key);
      if (!current || freq > current[1]) index.set(key, [word, freq]);
    }
    lookup = (pat: string) => index.get(pat)?.[0];
    fourCharIndex.set(seg, lookup);
  }
  return lookup(pattern);
}
