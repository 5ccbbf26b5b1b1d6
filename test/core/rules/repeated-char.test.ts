import * as assert from 'assert';
import rule, { lookupFourChar } from '../../../server/src/core/rules/repeated-char';
import type { Segmenter } from '../../../server/src/core/segment/segmenter';
import { testRule } from '../../helpers/rule-tester';
import { segmenter } from '../../helpers/segmenter';

testRule(
  rule,
  {
    valid: [
      '我们常常讲，人人参与，天天坚持，年年进步。',
      '做到一一对应，研究研究再定，大家看看，多多支持。',
      '工作作风明显好转，科学学会积极参与。',
      '扎扎实实推进，认认真真落实，兢兢业业工作。',
      '达到目的的手段，为了了解情况。',
      '组织各级学协会深入开展会会合作。',
      '完成1100万元投资，编号22号。',
      '百万千瓦级核电机组、超超临界火电机组。',
      '这是以人为本理念的具体体现。',
      '一个个项目落地，一步步推进。',
      // A word ending in a particle's character, then the particle.
      '全党同志要脚踏实地地工作。',
      // A one-character verb doubled before its object (AAB).
      '对作风问题要洗洗澡、治治病，常常握握手。',
      // Doubled given names after a surname.
      '表彰刘倩倩、吴琳琳、王菲菲、郑萍萍等同志。',
      // A word ending in the character the next word begins with.
      '我们要认真学习习近平新时代中国特色社会主义思想。',
      // The four characters are themselves a dictionary word.
      '一九五八年的职工工资总额，计划安排为一百五十八亿元。',
      // A one-character noun ending a compound, before a noun beginning with it.
      '国家修订公布了文化娱乐税税率的提案，编织袋厂厂房整洁。',
      // A pivot verb before a word beginning with it.
      '这样做而且会使使用面积大大减少。',
      // Two words meeting on a shared pair of characters.
      '这是无产阶级和资产阶级阶级斗争的继续。',
      // Emphasis: a degree or an adjective repeated, an adjective doubled before 的.
      '粮食生产必须抓得很紧很紧，人生变成了一杯酽酽的香茗。',
      // Partnerships of one kind: 商商结合 like 校企合作.
      '发展农商结合、工商结合或商商结合的商业形式。',
      // Characters the dictionary barely knows (text in traditional characters): no judgement.
      '手工業在我國國民經濟中有重要的作用。',
      // A word ending in a character, then the character as a common word of its own.
      '可以对他们的工作作相应的调整。',
      // Pro-forms, adverbs and manner phrases doubled.
      '你总是如何如何不听话，三年内逐步逐步扩大，大口大口地吃饭。',
    ],
    invalid: [
      {
        code: '联合律所、保险机机、专利代理机构开展合作。',
        errors: [{ line: 1, text: '机机', message: '「机」重复：「保险机机」。' }],
      },
      {
        code: '开展内容丰富、形式式样的科普活动。',
        errors: [{ line: 1, text: '式式', message: '「式」重复：「形式式样」疑为「形式多样」。' }],
      },
      { code: '这是我们的的工作。', errors: [{ line: 1, text: '的的' }] },
      { code: '认真地地开展工作。', errors: [{ line: 1, text: '地地' }] },
      { code: '加大打打击力度。', errors: [{ line: 1, text: '打打' }] },
      { code: '今年我们们要认真研究这些问题，推动工作落实。', errors: [{ line: 1, text: '们们' }] },
      { code: '今年我们要加强研究究工作，推动工作落实。', errors: [{ line: 1, text: '究究' }] },
      { code: '今年我我们要认真研究这些问题，推动工作落实。', errors: [{ line: 1, text: '我我' }] },
      { code: '认真进行进行调查研究。', errors: [{ line: 1, text: '进行进行', message: '「进行」重复：「进行进行」。' }] },
    ],
  },
  { segmenter },
);

testRule(
  { ...rule, meta: { ...rule.meta } },
  { valid: ['联合律所、保险机机、专利代理机构开展合作。'], invalid: [] },
  { segmenter, allow: ['保险机机'] },
);

describe('repeated-char: the four-character phrase a doubled character may stand for', () => {
  it('is, for every pattern of the dictionary, its first most frequent word, as a plain map of all of them gives', () => {
    const seg = segmenter();
    const plain = new Map<string, [string, number]>();
    for (const [word, freq] of seg.wordsOfLength(4)) {
      const key = word[0] + word[1] + '?' + word[3];
      const current = plain.get(key);
      if (!current || freq > current[1]) plain.set(key, [word, freq]);
    }
    assert.ok(plain.size > 50000);
    for (const [pattern, [word]] of plain) assert.strictEqual(lookupFourChar(seg, pattern), word, pattern);
    assert.strictEqual(lookupFourChar(seg, '形式?样'), '形式多样');
    assert.strictEqual(lookupFourChar(seg, '形式?'), undefined);
    assert.strictEqual(lookupFourChar(seg, 'undefined式?样'), undefined);
    assert.strictEqual(lookupFourChar(seg, '没有?词'), plain.get('没有?词')?.[0]);
  });

  it('is the same from a segmenter that can only list its words as strings', () => {
    const seg = segmenter();
    assert.ok(seg.visitWordsOfLength, 'the dictionary shows its words in place');
    const listing: Segmenter = {
      cut: (t) => seg.cut(t),
      score: (t) => seg.score(t),
      frequency: (w) => seg.frequency(w),
      tagOf: (w) => seg.tagOf(w),
      wordsOfLength: (n, min) => seg.wordsOfLength(n, min),
    };
    for (const [word] of seg.wordsOfLength(4)) {
      const pattern = word[0] + word[1] + '?' + word[3];
      assert.strictEqual(lookupFourChar(listing, pattern), lookupFourChar(seg, pattern), pattern);
    }
  });
});
