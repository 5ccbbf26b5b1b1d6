import rule from '../../../server/src/core/rules/numbering-sequence';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  valid: [
    '一、总体情况\n正文。\n二、主要做法\n正文。\n三、下一步打算\n正文。\n',
    // each section restarts at 1.
    '一、甲\n1.子项\n2.子项\n二、乙\n1.子项\n2.子项\n',
    // or numbers continuously across sections
    '一、甲\n1.子项\n2.子项\n二、乙\n3.子项\n4.子项\n三、丙\n5.子项\n',
    '一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n',
    '（1）甲\n（2）乙\n（3）丙\n',
    '①甲\n②乙\n③丙\n',
    '第一部分 总结\n正文。\n第二部分 计划\n正文。\n',
    '一、甲\n工作：一是加强领导。二是完善制度。三是狠抓落实。\n',
    '一、甲\n第一，做好准备。\n第二，抓好落实。\n第三，总结提高。\n',
    // a new list restarts at 一是
    '一、甲\n一是加强。二是改进。\n另外：一是总结。二是提高。\n',
    // decimals, years and sentences are not markers
    '1.5亿元的投入。\n2018年工作回顾\n3.2万人次参加。\n',
    // two parts each numbered from 一、
    '2018年工作回顾\n今年主要开展了以下工作，取得明显成效。\n一、甲\n二、乙\n2019年工作安排\n明年主要做好以下几项工作，确保完成任务。\n一、丙\n二、丁\n',
    // 统一是 is not an enumeration
    '一、甲\n思想统一是前提，二是关键。\n',
    // a table's numbered groups inside a section are a list of their own: the body's 二、 goes on after them
    '一、工作回顾\n全年完成各项任务，举办活动三场。\n\t一、学会学术活动\t10个\n\t1\t学术年会\t3月\n二、下步打算\n继续做好各项工作。\n',
  ],
  invalid: [
    {
      code: '一、甲\n正文。\n三、乙\n',
      errors: [{ line: 3, column: 1, text: '三、', message: /跳号.*缺少「二、」/ }],
      output: '一、甲\n正文。\n二、乙\n',
    },
    {
      code: '一、甲\n（一）子\n（二）子\n（二）子\n',
      errors: [{ line: 4, text: '（二）', message: /重复/ }],
      output: '一、甲\n（一）子\n（二）子\n（三）子\n',
    },
    {
      code: '一、甲\n二、乙\n四、丙\n',
      errors: [{ line: 3, message: /缺少「三、」/ }],
      output: '一、甲\n二、乙\n三、丙\n',
    },
    {
      code: '一、甲\n三、乙\n二、丙\n',
      errors: [
        { line: 2, message: /跳号/ },
        { line: 3, message: /颠倒/ },
      ],
      output: '一、甲\n二、乙\n三、丙\n',
    },
    {
      code: '一、甲\n工作：一是加强领导。二是完善制度。四是狠抓落实。\n',
      errors: [{ line: 2, text: '四是', message: /列举跳号.*缺少「三是」/ }],
      output: '一、甲\n工作：一是加强领导。二是完善制度。三是狠抓落实。\n',
    },
    {
      code: '一、甲\n第一，做好准备。\n第三，总结提高。\n',
      errors: [{ line: 3, text: '第三', message: /缺少「第二」/ }],
      output: '一、甲\n第一，做好准备。\n第二，总结提高。\n',
    },
    {
      // restarting convention broken by one section that continues
      code: '一、甲\n1.子\n2.子\n二、乙\n1.子\n2.子\n三、丙\n3.子\n4.子\n四、丁\n1.子\n',
      errors: [{ line: 8, text: '3.', message: /应为「1.」/ }],
      output: '一、甲\n1.子\n2.子\n二、乙\n1.子\n2.子\n三、丙\n1.子\n2.子\n四、丁\n1.子\n',
    },
    {
      // continuous convention broken by one section that restarts
      code: '一、甲\n1.子\n2.子\n二、乙\n3.子\n4.子\n三、丙\n1.子\n四、丁\n6.子\n',
      errors: [{ line: 8, text: '1.', message: /应为「5.」.*连续编号/ }],
      output: '一、甲\n1.子\n2.子\n二、乙\n3.子\n4.子\n三、丙\n5.子\n四、丁\n6.子\n',
    },
    {
      code: '二、甲\n正文。\n三、乙\n',
      errors: [{ line: 1, message: /应为「一、」/ }],
      output: '一、甲\n正文。\n二、乙\n',
    },
  ],
});

// An inverted hierarchy: the writer's 1. 2. 3. straddle the （一） opened under 1. The start of the list under
// （一） is numbering-hierarchy's to report when that rule is on, and this rule's when it is off.
const STRADDLED = '一、甲\n1.子\n（一）孙\n2.曾孙\n3.曾孙\n（二）孙\n';
testRule(rule, {
  valid: [],
  invalid: [
    {
      code: STRADDLED,
      errors: [{ line: 4, text: '2.', message: /应为「1.」/ }],
      output: '一、甲\n1.子\n（一）孙\n1.曾孙\n2.曾孙\n（二）孙\n',
    },
  ],
});
testRule(rule, { valid: [STRADDLED], invalid: [] }, { alsoOn: ['numbering-hierarchy'] });
