import rule from '../../../server/src/core/rules/numbering-hierarchy';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  valid: [
    '一、甲\n（一）子\n1.孙\n2.孙\n（二）子\n二、乙\n',
    // skipping a level is allowed
    '一、甲\n1.子\n2.子\n二、乙\n1.子\n',
    '一、甲\n（一）子\n（1）孙\n①曾孙\n',
  ],
  invalid: [
    {
      code: '一、甲\n1.子项\n（一）再下\n（二）再下\n2.子项\n',
      errors: [{ line: 3, text: '（一）', message: /层级颠倒：「（一）」出现在「1.」之下/ }],
    },
    {
      code: '（一）甲\n（1）子\n1.孙\n',
      errors: [{ line: 3, text: '1.', message: /「1.」出现在「（1）」之下/ }],
    },
  ],
});
