import rule from '../../../server/src/core/rules/duplicate-paragraph';
import { testRule } from '../../helpers/rule-tester';

const P1 = '深入实施全民科学素质行动计划纲要，组织开展全国科普日、科技活动周等品牌活动，全年举办各类科普活动三百余场，受众超过十万人次。';
const P2 =
  '加强科技工作者之家建设，开展全国科技工作者日系列活动，走访慰问一线科技工作者，宣传表彰优秀科技人才典型，营造尊重知识尊重人才的良好氛围。';

testRule(rule, {
  valid: [
    `一、甲\n${P1}\n${P2}\n`,
    // headings and short lines repeat legitimately
    '一、加强组织建设\n正文一。\n二、加强组织建设\n正文二。\n',
    '\t科学技术普及部\n\t科学技术普及部\n\t科学技术普及部\n',
  ],
  invalid: [
    {
      code: `一、甲\n${P1}\n${P2}\n${P1}\n`,
      errors: [{ line: 4, column: 1, message: '本段与第 2 行的段落完全相同。' }],
      output: `一、甲\n${P1}\n${P2}\n`,
    },
    {
      // a few characters edited: a near duplicate is reported but not removed by --fix
      code: `一、甲\n${P1}\n${P2}\n${P1.replace('三百余场', '四百余场').replace('十万', '二十万')}\n`,
      errors: [{ line: 4, message: /与第 2 行的段落高度相似（\d+%）/ }],
    },
    {
      // a sentence added
      code: `一、甲\n${P1}\n${P2}\n${P1}同时加强科普阵地建设。\n`,
      errors: [{ line: 4, message: /高度相似/ }],
    },
    {
      code: `一、甲\n${P1}\n${P2}\n${P1}\n`,
      options: { threshold: 1 },
      errors: [{ line: 4, message: /完全相同/ }],
      output: `一、甲\n${P1}\n${P2}\n`,
    },
  ],
});
