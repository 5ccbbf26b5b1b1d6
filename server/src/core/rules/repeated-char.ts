import { matchesIn, textParagraphs } from '../analysis/prose';
import type { Segmenter } from '../segment/segmenter';
import { tokensOf, type Token } from '../segment/tokens';
import { allowedWordChecker } from '../analysis/allowed';
import { CN_NUMERAL, HAN_RANGES, isHan } from '../text/chars';
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
  '研究 讨论 学习 考虑 商量 休息 锻炼 活动 打听 收拾 整理 检查 了解 交流 体验 介绍 比较 思考 总结 分析 琢磨 清理 打扫 准备 认识 议论 调查 沟通 表扬 批评 帮助 照顾 放松 熟悉 尝试'.split(
    ' ',
  ),
);

/** Characters that may follow a word ending in the same character: 目的的, 为了了解. */
const FUNCTION_CHARS = new Set([...'的了是在和与及对为有要会能把被将就也都而或之其以于使让令叫请给']);
const DOUBLED_CHAR = new RegExp(`([${HAN_RANGES}])\\1`, 'g');
const DOUBLED_PAIR = new RegExp(`([${HAN_RANGES}]{2})\\1`, 'g');
const HAN_OR_DIGIT = new RegExp(`^[${HAN_RANGES}\\d]`);
/** Below this dictionary frequency a character is one the dictionary barely knows (traditional forms, rare names). */
const BARELY_KNOWN = 20;
/** Degree adverbs: 很小很小, 太多太多 repeat a degree for emphasis. */
const DEGREE_ADVERB = /^[很太好真最挺极]/;
/** Pro-forms doubled stand for unspecified content: 你总是如何如何, 这样这样. */
const PRO_FORMS = new Set('如何 怎样 怎么 这样 那样 这么 那么 什么 多少 若干 某某'.split(' '));
/** A standalone word this frequent (的 318825, 作 28016) often follows a word ending in its character (工作|作). */
const COMMON_SINGLE = 10000;
/** The commonest single-character surnames: before one, AA is a given name (刘倩倩, 吴琳琳). */
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
]);
/** Two abbreviations joined before these words name a partnership (校企合作, 会会合作), not a slip. */
const PAIRED_ABBREVIATION = /^(?:合作|协作|对接|共建|联动|交流|互动|协同|结对|联合|互访|互通|结合)/;

/** Four-character words (idioms) indexed by their pattern with one character unknown: 形式?样 -> 形式多样. */
const fourCharIndex = new WeakMap<Segmenter, FourCharIndex>();

/** An unintended doubled character or word: 保险机机, 形式式样, 的的, 进行进行 — never 常常, 人人, 研究研究. */
export default defineRule({
  meta: {
    id: 'repeated-char',
    description: '误重复的字或词（机机、式式、的的、进行进行）；正常的叠词（常常、人人、看看、研究研究）不报告',
    defaultSeverity: 'warn',
    fixable: false,
    tags: ['word'],
    options: {},
    scope: 'paragraph',
    usesSegmenter: 'required',
  },
  check(ctx) {
    const seg = ctx.segmenter!;
    const { text } = ctx;
    const isAllowed = allowedWordChecker(text, ctx.allowedWords);
    for (const p of textParagraphs(ctx.doc)) {
      if (p.kind === 'table') continue;
      for (const { match, span } of matchesIn(text, p.span, DOUBLED_CHAR)) {
        const ch = match[1];
        const i = span.start;
        if (REDUPLICATED.has(ch + ch) || CN_NUMERAL.test(ch) || isAllowed(i, i + 2)) continue;
        if (text[i + 2] === text[i + 3] && text[i + 2] !== ch) continue; // AABB: 扎扎实实
        if (text[i - 1] === text[i - 2] && text[i - 1] !== ch) continue; // the BB of AABB
        if (text[i + 2] === ch) continue; // three in a row is emphasis or a list, not a slip
        if (text[i - 1] === '一') continue; // 一个个, 一步步
        if (PAIRED_ABBREVIATION.test(text.slice(i + 2, i + 4))) continue; // 会会合作, 校校共建: X与X之间
        const tokens = tokensOf(seg, text, Math.max(p.span.start, i - 6), Math.min(p.span.end, i + 8));
        const a = tokens.find((t) => t.start <= i && i < t.end)!;
        const b = tokens.find((t) => t.start <= i + 1 && i + 1 < t.end)!;
        if (a === b) continue; // one word holds both: 谢谢, 的的确确
        // Segmentation cannot be trusted around characters the dictionary barely knows (我國國民, 民主主義).
        if ([...text.slice(Math.max(p.span.start, i - 1), i + 3)].some((c) => isHan(c) && seg.frequency(c) < BARELY_KNOWN)) continue;
        if (seg.tagOf(ch) === 'a' && /[的地]/.test(text[i + 2] ?? '')) continue; // 酽酽的, 红红的: an adjective doubled
        if (isGivenName(tokens, text, i)) continue;
        if (isVerbObjectReduplication(seg, a, b, ch)) continue; // 治治病, 握握手: the verb doubled before its object
        if (isNounSuffixBeforeNoun(seg, a, b, ch, text)) continue; // 娱乐税|税率, 编织袋厂|厂房
        let suggestion: string | undefined;
        if (a.word.length >= 2 && b.word.length >= 2) {
          // Two words meeting on a shared character (工作作风) are fine unless a known phrase was meant (形式多样).
          suggestion = lookupFourChar(seg, text[i - 1] + ch + '?' + text[i + 2]);
          if (suggestion === text.slice(i - 1, i + 3)) continue; // the four characters are themselves a word: 职工工资
          // The second word must be rare beside the phrase: 式样 (274) beside 形式多样 (41), not 体现 (5372) beside 具体表现 (3).
          if (!suggestion || seg.frequency(b.word) > 20 * seg.frequency(suggestion)) continue;
        } else if (a.word.length >= 2 || b.word.length >= 2) {
          const single = a.word.length === 1 ? a : b;
          // A particle after a word ending in it (目的的, 脚踏实地地, 了解了): two words, not a slip.
          if (FUNCTION_CHARS.has(single.word) || seg.tagOf(single.word)?.startsWith('u')) continue;
          // A word ending in a character, then that character as a common word of its own: 工作|作相应的调整.
          // Not a suffix or a bound morpheme (我们|们, 进行|行): those never stand alone.
          if (single === b && seg.frequency(ch) >= COMMON_SINGLE && !/^(?:k|zg)$/.test(seg.tagOf(ch) ?? '')) continue;
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
      for (const { match, span } of matchesIn(text, p.span, DOUBLED_PAIR)) {
        const word = match[1];
        if (word[0] === word[1] || REDUPLICABLE_VERBS.has(word) || CN_NUMERAL.test(word[0]) || isAllowed(span.start, span.end)) continue;
        if (!seg.frequency(word) || seg.frequency(word + word)) continue;
        // Emphasis, not a slip: an adjective, adverb, sound or degree repeated (很小很小, 逐步逐步, 咣当咣当).
        if (DEGREE_ADVERB.test(word) || PRO_FORMS.has(word) || /^[aozd]/.test(seg.tagOf(word) ?? '')) continue;
        if (text[span.end] === '地') continue; // a doubled manner phrase: 大口大口地, 一步一步地
        // Two words meeting on a shared pair (资产阶级|阶级斗争, PPP项目|项目经理), as for single characters.
        const around = tokensOf(seg, text, Math.max(p.span.start, span.start - 6), Math.min(p.span.end, span.end + 6));
        const first = around.find((t) => t.start <= span.start && span.start < t.end)!;
        const second = around.find((t) => t.start <= span.start + 2 && span.start + 2 < t.end)!;
        if (first.start < span.start || second.end > span.end) continue;
        ctx.report({
          message: `「${word}」重复：「${word}${word}」。`,
          span,
          suggestions: [{ title: `删除重复的「${word}」`, edits: [{ span: { start: span.start + 2, end: span.end }, text: '' }] }],
        });
      }
    }
  },
});

/** AA right after a surname that begins a word: 刘倩倩, 王菲菲 (a name the dictionary does not know). */
function isGivenName(tokens: Token[], text: string, i: number): boolean {
  if (!SURNAMES.has(text[i - 1])) return false;
  const surname = tokens.find((t) => t.start <= i - 1 && i - 1 < t.end);
  return !!surname && surname.start === i - 1;
}

/** A one-character verb doubled before the word it forms with its object: 治|治病, 握|握手, not 打|打击. */
function isVerbObjectReduplication(seg: Segmenter, a: Token, b: Token, ch: string): boolean {
  if (a.word !== ch || b.word.length !== 2 || b.word[0] !== ch || b.start !== a.end) return false;
  return !!seg.tagOf(ch)?.startsWith('v') && /^[nq]/.test(seg.tagOf(b.word[1]) ?? '');
}

/**
 * A one-character noun that ends a compound the dictionary lacks, before a noun that begins with it:
 * 娱乐税|税率, 居住国|国籍, 96军|军长. Not a pronoun or a verb: 我|我们, 打|打击 stay slips.
 */
function isNounSuffixBeforeNoun(seg: Segmenter, a: Token, b: Token, ch: string, text: string): boolean {
  if (a.word !== ch || b.word.length < 2 || b.word[0] !== ch || !HAN_OR_DIGIT.test(text[a.start - 1] ?? '')) return false;
  return /^(?:n|zg)/.test(seg.tagOf(ch) ?? '') && /^n/.test(seg.tagOf(b.word) ?? '');
}

/**
 * The most frequent four-character word fitting a pattern with its third character unknown (形式?样 -> 形式多样).
 * The dictionary's 85,000 four-character words are indexed once per segmenter in an open-addressing table of
 * typed arrays, keyed by their other three characters: a Map holding a string key and a pair for each took a
 * worker over 0.1 s to build.
 */
export function lookupFourChar(seg: Segmenter, pattern: string): string | undefined {
  let index = fourCharIndex.get(seg);
  if (!index) fourCharIndex.set(seg, (index = buildFourCharIndex(seg)));
  if (pattern.length !== 4) return undefined;
  const { table, codes, mask } = index;
  const a = pattern.charCodeAt(0);
  const b = pattern.charCodeAt(1);
  const d = pattern.charCodeAt(3);
  for (let slot = fourCharHash(a, b, d) & mask; table[slot] >= 0; slot = (slot + 1) & mask) {
    const e = table[slot] * 4;
    if (codes[e] === a && codes[e + 1] === b && codes[e + 3] === d) return String.fromCharCode(a, b, codes[e + 2], d);
  }
  return undefined;
}

interface FourCharIndex {
  /** Slot -> entry, -1 for none; entry k's characters are codes[4k] … codes[4k + 3]. */
  table: Int32Array;
  codes: Uint16Array;
  mask: number;
}

const fourCharHash = (a: number, b: number, d: number) => Math.imul(Math.imul(a, 0x01000193) ^ b, 0x01000193) ^ Math.imul(d, 0x9e3779b1);

function buildFourCharIndex(seg: Segmenter): FourCharIndex {
  // The words' characters read where they stand: cutting 85,000 words out as strings took most of the build.
  const visitWords = (visit: (chars: string, start: number, frequency: number) => void) => {
    if (seg.visitWordsOfLength) seg.visitWordsOfLength(4, visit);
    else for (const [word, frequency] of seg.wordsOfLength(4)) visit(word, 0, frequency);
  };
  let count = 0;
  visitWords(() => count++);
  let size = 1;
  while (size < count * 2) size <<= 1;
  const table = new Int32Array(size).fill(-1);
  const codes = new Uint16Array(count * 4);
  const freqs = new Float64Array(count);
  const mask = size - 1;
  let entries = 0;
  visitWords((chars, start, freq) => {
    const a = chars.charCodeAt(start);
    const b = chars.charCodeAt(start + 1);
    const d = chars.charCodeAt(start + 3);
    let slot = fourCharHash(a, b, d) & mask;
    for (; table[slot] >= 0; slot = (slot + 1) & mask) {
      const e = table[slot];
      if (codes[e * 4] === a && codes[e * 4 + 1] === b && codes[e * 4 + 3] === d) break;
    }
    // The first of the most frequent wins, as words come in the dictionary's order.
    let e = table[slot];
    if (e < 0) table[slot] = e = entries++;
    else if (!(freq > freqs[e])) return;
    freqs[e] = freq;
    for (let k = 0; k < 4; k++) codes[e * 4 + k] = chars.charCodeAt(start + k);
  });
  return { table, codes, mask };
}
