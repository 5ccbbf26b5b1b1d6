import rule from '../../../server/src/core/rules/sentence-end';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  valid: [
    // title, salutation, headings, date and signature lines are exempt
    '关于2020年工作总结的报告\n各位委员、同志们：\n一、工作回顾\n今年完成了任务。\n二、工作安排\n明年继续努力！\n重庆市科学技术协会\n2020年4月17日\n',
    '主要做法如下：\n他说：“要抓落实。”\n',
    '表格\n\t序号\n\t名称\n',
    // a short lead line before its paragraph (第一，进一步稳定和加强农业)
    '一、甲\n第一，进一步稳定和加强农业\n农业事关全局，必须常抓不懈。\n',
    // where paragraphs are indented, an unindented lead line before an indented paragraph, however long
    '一、甲\n\n　　过去一年，我们做了大量工作，取得了明显成效。\n\n第二，在经济上开始采取了一些新的政策，开始进行经济管理体制的某些改革，整个经济比较活了\n\n　　农村在放宽政策、发挥优势方面，开辟了一些新的路子。\n',
  ],
  invalid: [
    {
      code: '一、工作回顾\n一年来，我们持续抓好固本强基，在全面加强自身建设中激发了新活力、增强了新动能\n深入开展基层科协改革，圆满召开代表大会。\n',
      errors: [{ line: 2, message: '段落结尾缺少句末标点（。！？）。' }],
      output:
        '一、工作回顾\n一年来，我们持续抓好固本强基，在全面加强自身建设中激发了新活力、增强了新动能。\n深入开展基层科协改革，圆满召开代表大会。\n',
    },
    {
      code: '一、甲\n我们开展了调研，形成报告，\n下一段内容已经结束了。\n',
      errors: [{ line: 2, text: '，', message: /以「，」结尾/ }],
      output: '一、甲\n我们开展了调研，形成报告。\n下一段内容已经结束了。\n',
    },
    {
      // A source broke the paragraph mid-sentence: the next line starts with a mark no paragraph starts with.
      code: '一、甲\n我们要坚持和平统一、一国两制，坚持发展两岸关系、推进祖国和平统一进程的\n”八项主张“，推进祖国统一。\n',
      errors: [{ line: 2, text: '的', message: /^段落似被断行：.*下一行「”八项主张“，推…」接着这句话/ }],
    },
    {
      // Paragraphs separated by blank lines, and this one runs straight on into the next line.
      code: '一、甲\n\n我们完成了全年任务。\n\n在纷繁复杂的国内外形势面前，各级党委和各级领导更要十分清醒，时刻牢记\n政策和策略是党的生命，严格区分两类矛盾。\n\n我们取得了新的成绩。\n',
      errors: [{ line: 5, text: '记', message: /^段落似被断行/ }],
    },
    {
      // Indented paragraphs, and the line after this one is not indented: it carries on the sentence.
      code: '一、甲\n\n　　我们完成了全年任务。\n\n　　如果全国人民能够厉行增产节约，克服前进道路上的各种困难，把各项工作做好，贯彻\n\n执行勤俭建国方针，就能完成任务。\n\n　　我们取得了新的成绩。\n',
      errors: [{ line: 5, text: '彻', message: /^段落似被断行/ }],
    },
    {
      // A paragraph ending with a comma, and the next line does not end a sentence either: one sentence, broken.
      code: '一、甲\n　　要继续把教育放在优先发展的战略地位，注重提高办学效益。振兴教育事业，\n一要\n加大改革力度，继续积极改革教育思想、体制、内容和方法，推进素质教育。\n',
      errors: [{ line: 2, text: '，', message: /^段落似被断行/ }],
    },
    {
      // The same layout, but the next paragraph is indented like the others: a full stop is missing.
      code: '一、甲\n\n　　我们完成了全年任务。\n\n　　经过三年的调整，国民经济已经全面好转，并将进入一个新的发展时期\n\n　　我们取得了新的成绩。\n',
      errors: [{ line: 5, message: '段落结尾缺少句末标点（。！？）。' }],
      output:
        '一、甲\n\n　　我们完成了全年任务。\n\n　　经过三年的调整，国民经济已经全面好转，并将进入一个新的发展时期。\n\n　　我们取得了新的成绩。\n',
    },
  ],
});
