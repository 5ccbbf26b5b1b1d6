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
  ],
  invalid: [
    {
      code: '一、工作回顾\n一年来，我们持续抓好固本强基，在全面加强自身建设中激发了新活力、增强了新动能\n深入开展基层科协改革，圆满召开代表大会。\n',
      errors: [{ line: 2, message: '段落结尾缺少句末标点（。！？）。' }],
      output: '一、工作回顾\n一年来，我们持续抓好固本强基，在全面加强自身建设中激发了新活力、增强了新动能。\n深入开展基层科协改革，圆满召开代表大会。\n',
    },
    {
      code: '一、甲\n我们开展了调研，形成报告，\n下一段内容已经结束了。\n',
      errors: [{ line: 2, text: '，', message: /以「，」结尾/ }],
      output: '一、甲\n我们开展了调研，形成报告。\n下一段内容已经结束了。\n',
    },
  ],
});
