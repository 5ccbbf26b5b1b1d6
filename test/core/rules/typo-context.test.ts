import * as assert from 'assert';
import { lint, type Segmenter } from '../../../server/src/core';
import { TrigramModel } from '../../../server/src/core/segment/context-model';
import { contextModelPath, loadContextModel } from '../../../server/src/node/context-model-loader';
import { segmenter } from '../../helpers/segmenter';
import { typoFindings, typoOnlyConfig } from '../../helpers/typo';
import { DEFAULT_DETECTOR_OPTIONS, scoreCandidates } from '../../../server/src/core/analysis/typo-detector';

const typos = typoFindings;
const config = typoOnlyConfig;

/** The same segmenter without its context model: the rule as it runs where the model file is absent. */
const withoutModel = (): Segmenter => {
  const s = segmenter();
  return {
    cut: (t) => s.cut(t),
    frequency: (w) => s.frequency(w),
    tagOf: (w) => s.tagOf(w),
    score: (t) => s.score(t),
    wordsOfLength: (n) => s.wordsOfLength(n),
  };
};

describe('typo: the context model', () => {
  it('is shipped, loads and reads a right clause as likelier than its slip', () => {
    assert.ok(contextModelPath(), 'models/open-gram-trigram.bin is missing');
    const model = loadContextModel()!;
    assert.ok(model instanceof TrigramModel);
    for (const [wrong, right] of [
      ['提高办事效律', '提高办事效率'],
      ['以人民为忠心', '以人民为中心'],
      ['进一步加强对伍建设', '进一步加强队伍建设'],
    ]) {
      assert.ok(model.score(right) > model.score(wrong) + 2, `${right} should read much likelier than ${wrong}`);
    }
    assert.strictEqual(model.score('庄严历史'), model.score('庄严历史'));
  });

  it('rejects a file that is not a model', () => {
    assert.throws(() => new TrigramModel(new Uint8Array(64)));
  });
});

describe('typo: detection in context', () => {
  it('finds slips that form a near-word: strong ones as warnings with a fix, weaker ones as hints', () => {
    assert.deepStrictEqual(typos('各部门要提高办事效律。'), ['warn 效律→效率']);
    assert.deepStrictEqual(typos('今年的工作取得明显成校。'), ['info 成校→成效']);
  });

  it('an uncommon character is a slip like any other', () => {
    assert.deepStrictEqual(typos('地方财政安排抉贫资金162亿元。'), ['warn 抉贫→扶贫']);
    assert.deepStrictEqual(typos('我们要赓续传统，擘画未来，推动高质量发展。'), []);
  });

  it('still works, less well, without the model file', () => {
    const seg = withoutModel();
    assert.deepStrictEqual(typos('深入贯彻上级科协工作部署，围结和带领全市广大科技工作者。', seg), ['info 围结→团结']);
    assert.deepStrictEqual(typos('坚持以人民为中心的发展思想，提高办事效率。', seg), []);
    // A common character is a suspect only for a strong finding, with the model or without it (管里科 is no 理科).
    assert.deepStrictEqual(typos('经研究，设立市场规范管里科。', seg), []);
  });

  it('a sentence that holds one slip is searched again for another, on weaker evidence', () => {
    assert.deepStrictEqual(typos('要深入惯彻落实会议精神，坚持以人民为忠心。'), ['warn 惯彻→贯彻', 'info 忠心→中心']);
    // The same weak evidence alone, in a sentence typed without a slip, stays silent.
    assert.deepStrictEqual(typos('要深入贯彻落实会议精神，坚持以人民为忠心。'), []);
  });

  it('in a sentence with a slip, a common word wrong in context is a slip too, and so is a word of the same sound', () => {
    assert.deepStrictEqual(typos('各部门要提高办事效律，建立群众举报投宿平台。'), ['warn 效律→效率', 'info 投宿→投诉']);
    assert.deepStrictEqual(typos('要进一步加强对伍建设，对清洁严重的依法追究责任。'), ['warn 对伍→队伍', 'info 清洁→情节']);
    // Common words are the writer's where nothing else in the sentence was typed amiss.
    assert.deepStrictEqual(typos('建立群众举报投宿平台。'), []);
    assert.deepStrictEqual(typos('对清洁严重的依法追究责任。'), []);
  });

  it('of two readings of a slip, the one the sentence writes elsewhere is meant', () => {
    assert.deepStrictEqual(typos('责务应急领导小组可以根据需要，抽调人员组成债务风险事件应急专家组。'), ['warn 责务→债务']);
    assert.deepStrictEqual(typos('责务应急领导小组可以根据需要，抽调人员组成风险事件应急专家组。'), ['warn 责务→财务']);
  });

  it('both characters of a word typed as others of the same sound: a rare word for a common one', () => {
    assert.deepStrictEqual(typos('请各有关淡味认真贯彻执行。'), ['info 淡味→单位']);
    assert.deepStrictEqual(typos('各地要同酬规划，做好接收安置工作。'), ['info 同酬→统筹']);
    assert.deepStrictEqual(typos('各地要统筹规划，实行同工同酬。'), []);
    // Near sounds on both characters are another reading, not a slip of this one: 共治 is no 工资.
    assert.deepStrictEqual(typos('要建立食品安全社会共治制度和可追溯体系。'), []);
  });

  it('the commonest character of a reading, offered first by an input method, is a slip when the fix is strong', () => {
    assert.deepStrictEqual(typos('科研人员要尊重和保护知只产权。'), ['warn 知只→知识']);
    assert.deepStrictEqual(typos('完善农业农村领或的标准体系。'), ['warn 领或→领域']);
    // Common words fit almost anywhere a common character stands: no hint on weaker evidence.
    assert.deepStrictEqual(typos('宪法委员会共由九名成员组成。'), []);
  });

  it('a form the document uses twice is its own term, not a slip', () => {
    assert.deepStrictEqual(typos('各部门要提高办事效律。'), ['warn 效律→效率']);
    assert.deepStrictEqual(typos('各部门要提高办事效律。效律是本单位的考核指标。'), []);
  });
});

describe('typo: a character too rare to be typed by sound', () => {
  it('is a slip where it is the odd one out in ordinary prose (shape-based input, handwriting, OCR)', () => {
    assert.deepStrictEqual(typos('今年要着力推动全市经济平稳发搌。'), ['warn 发搌→发展']);
    assert.deepStrictEqual(typos('各地要认真总结经验，不断完潸工作机制。'), ['warn 完潸→完善']);
    assert.deepStrictEqual(typos('全囯各地要抓好秋粮收购工作。'), ['warn 全囯→全国']);
  });

  it('is written on purpose among other rare characters or inside a word the dictionary knows', () => {
    // traditional script, a list of elements, the names of peoples
    assert.deepStrictEqual(typos('我們要繼續鞏固和發展這個成果。'), []);
    assert.deepStrictEqual(typos('重点整治铅、镉、汞、砷等重金属污染。'), []);
    assert.deepStrictEqual(typos('加强对傈僳族、佤族等人口较少民族的扶持。'), []);
  });

  it('is no slip where the correction would need a near sound as well, or leave the rest of a name alone', () => {
    assert.deepStrictEqual(typos('全省各族人民勠力同心，共创美好未来。'), []);
    assert.deepStrictEqual(typos('表彰了石小頔等优秀教师。'), []);
    assert.deepStrictEqual(typos('表彰了谢文頔等优秀教师。'), []);
  });

  it('is offered as a quick fix that --fix never applies: the rare character may be a name made of it', () => {
    const [finding] = lint('今年要着力推动全市经济平稳发搌。', { config: config(), segmenter: segmenter() }).findings;
    assert.strictEqual(finding.severity, 'warn');
    assert.strictEqual(finding.fix, undefined);
    assert.strictEqual(finding.suggestions?.[0].edits[0].text, '发展');
  });
});

describe('typo: figures in characters and function words fit almost anywhere', () => {
  it('a slip mended into one is a strong finding', () => {
    assert.deepStrictEqual(typos('今年我懑要着力抓好以下三项工作。'), ['warn 我懑→我们']);
    assert.deepStrictEqual(typos('我们要在一邂重点领域取得突破。'), ['warn 一邂→一些']);
  });

  it('never a hint, nor a correction that leaves its neighbour stranded', () => {
    assert.deepStrictEqual(typos('今年全省七方面工作都取得新进展。'), []);
    assert.deepStrictEqual(typos('科普之翼，助力乡村振兴。'), []);
    // 病 + 没有 would leave 病 alone: the correction does not give back ordinary prose
    assert.deepStrictEqual(typos('全县需要重点防控的病疫有五种。'), []);
  });
});

describe('typo: place and organisation words end names only where they stand on their own', () => {
  it('a suffix character inside a longer word, or joined by the correction into one, ends no name', () => {
    assert.deepStrictEqual(typos('要进一步完善土地、技术等要谡市场。'), ['info 要谡→要素']);
    assert.deepStrictEqual(typos('全面清理整顿各类揩发区，节约集约用地。'), ['warn 揩发→开发']);
  });

  it('a common word ending in a place character is no name', () => {
    assert.deepStrictEqual(typos('加快哝村公路建设，方便群众出行。'), ['warn 哝村→农村']);
    assert.deepStrictEqual(typos('加强对贫困缔区的支持力度。'), ['warn 缔区→地区']);
  });

  it('names of villages and counties stay silent', () => {
    assert.deepStrictEqual(typos('家住姚湾村的老党员坚持义务巡河十年。'), []);
    assert.deepStrictEqual(typos('组织干部到宿松县和望江县学习。'), []);
  });
});

describe('typo: headings', () => {
  it('a heading’s title is read like any other prose', () => {
    assert.deepStrictEqual(typos('（一）采取果断嵯施，集中力量抗击疫情\n今年的工作取得了显著成效。'), ['warn 嵯施→措施']);
    assert.deepStrictEqual(typos('（一）采取果断措施，集中力量抗击疫情\n今年的工作取得了显著成效。'), []);
    // a few words without a sentence around them: a weaker slip is no hint there
    assert.deepStrictEqual(typos('三、以国有企业为重点燊化经济体制改革\n今年的工作取得了显著成效。'), []);
  });

  it('a strong slip in a title does not open a search for weaker ones there', () => {
    // the same title's second slip is found in a sentence, where the first slip lowers the bar for it
    assert.deepStrictEqual(typos('二、加强党的键设，深入推井改革\n今年的工作取得了显著成效。'), ['warn 键设→建设']);
    assert.deepStrictEqual(typos('今年要加强党的键设，深入推井改革。'), ['warn 键设→建设', 'info 推井→推进']);
  });
});

describe('typo: a hint needs more than a commoner word', () => {
  it('a near-miss of a set phrase of official prose is a hint even where the words around it say little', () => {
    assert.deepStrictEqual(typos('粮食连年曾产，产量连续三年超过12000亿斤。'), ['info 曾产→增产']);
    assert.deepStrictEqual(typos('深入推井科技管理体制改革。'), ['info 推井→推进']);
  });

  it('no hint into a name, a numeral or a pronoun: frequent words fit anywhere', () => {
    assert.deepStrictEqual(typos('复旦大学伍柏麟教授在《经济学在中国发展若干问题的思考》一文中回顾'), []);
    assert.deepStrictEqual(typos('主要污染指标为氨氮、高锰酸盐指数和总汞。'), []);
  });

  it('a non-word in the place of a common word is a hint where it is the one break of plain prose', () => {
    // The trigram knows neither the window nor the bond of the word meant to its neighbours: the clause gains no
    // more than the window alone, and only the sentence around, ordinary words throughout, speaks for a slip.
    assert.deepStrictEqual(typos('各级领导干部要深入基层调查研究，帮住群众解决实际困难。'), ['info 帮住→帮助']);
    assert.deepStrictEqual(typos('要深化行政审批制度改革，健少审批事项。'), ['info 健少→减少']);
  });

  it('not in a coinage whose other characters stand alone out of their words as well', () => {
    assert.deepStrictEqual(typos('坚持以商招商、以企引企，以企促产。'), []);
    assert.deepStrictEqual(typos('做到保银争金、力拼奖牌。'), []);
  });

  it('a character right after a figure is its measure word', () => {
    assert.deepStrictEqual(typos('两年来关闭了污染严重又没有治理价值的15种小企业6．5万多家。'), []);
  });

  it('a word the document uses twice is the writer’s, even where a change would make a commoner one', () => {
    assert.deepStrictEqual(typos('经营旧货和消费旧货开始在原有的基础上赋予了新的内容。'), []);
  });
});

describe('typo: silent on correct official prose', () => {
  for (const text of [
    // a window that would cut an idiom of the sentence in half: 正 + 意气风发 is no 在意
    '我国各族人民正意气风发地在中国特色社会主义道路上阔步前进。',
    // a listed wrong form across two words of the right reading: 庄严 + 历史
    '回顾党的庄严历史，我们倍感责任重大。',
    // statistical false findings once seen on congress reports
    '文化兴国运兴，文化强民族强。',
    '关键时刻冲得上去、危难关头豁得出来。',
    '全体中华儿女勠力同心、奋力实现中华民族伟大复兴。',
    // a coinage introduced in quotation marks
    '持续实施“村会合作”项目，加快补齐农业农村科技短板。',
  ]) {
    it(text, () => assert.deepStrictEqual(typos(text), []));
  }
});

describe('typo: why a candidate is dropped', () => {
  it('names the check: a common word is no suspect, a rare non-word is examined', () => {
    const heard: string[] = [];
    const sentence = '各部门要提高办事效律。';
    scoreCandidates(segmenter(), sentence, DEFAULT_DETECTOR_OPTIONS, (at, gate) => heard.push(`${sentence[at]} ${gate}`));
    assert.ok(heard.includes('提 not a suspect'));
    assert.ok(!heard.some((h) => h.startsWith('律 not a suspect')));
  });
});
