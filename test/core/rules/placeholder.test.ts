import rule from '../../../server/src/core/rules/placeholder';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  valid: [
    '2019年1月18日召开会议。',
    '（2019年元月18日）',
    'XXL码的服装与Xbox无关。',
    '这是问题吗？是的。',
    // 〇 and ○ as the zero of Chinese-numeral years and figures.
    '人均国内生产总值到二〇二〇年比二〇〇〇年翻两番。',
    '办好二〇〇八年奥运会、残奥会。',
    '从一九九一年到二○○○年的后十年。',
    '总数达到一〇〇〇人。',
  ],
  invalid: [
    { code: '会议定于X月X日召开。', errors: [{ line: 1, text: 'X月X日', message: /未填写的日期/ }] },
    { code: '（2019年元月  日）', errors: [{ line: 1, text: '2019年元月  日' }] },
    { code: '负责人：××同志。', errors: [{ line: 1, text: '××' }] },
    { code: '由XX部门牵头。', errors: [{ line: 1, text: 'XX' }] },
    { code: '特邀〇〇同志出席。', errors: [{ line: 1, text: '〇〇' }] },
    {
      code: '于○○年○○月前完成。',
      errors: [
        { line: 1, text: '○○' },
        { line: 1, text: '○○' },
      ],
    },
    { code: '全年完成【待补充】项。', errors: [{ line: 1, text: '【待补充】' }] },
    { code: '投入资金TODO万元。', errors: [{ line: 1, text: 'TODO' }] },
    { code: '服务人次达到？？？。', errors: [{ line: 1, text: '？？？' }] },
    {
      code: '[bookmark: _GoBack]    我代表秘书处作报告。',
      errors: [{ line: 1, column: 1, text: '[bookmark: _GoBack]', message: /文档转换遗留的标记/ }],
      output: '    我代表秘书处作报告。',
    },
  ],
});
