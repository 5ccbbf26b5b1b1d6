import rule from '../../../server/src/core/rules/numbering-style';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  valid: ['一、甲\n1.子\n2.子\n二、乙\n1.子\n', '一、甲\n1、子\n2、子\n', '(一)甲\n(二)乙\n', '（一）甲\n（二）乙\n'],
  invalid: [
    {
      code: '一、甲\n1.子\n2、子\n3.子\n',
      errors: [{ line: 3, text: '2、', message: /本级多用「1.」式，此处为「2、」/ }],
      output: '一、甲\n1.子\n2.子\n3.子\n',
    },
    {
      code: '（一）甲\n（二）乙\n(三)丙\n',
      errors: [{ line: 3, text: '(三)' }],
      output: '（一）甲\n（二）乙\n（三）丙\n',
    },
    {
      // half-width parentheses lose even when they are the majority: GB/T 9704 writes （1）
      code: '(1)甲\n(2)乙\n（3）丙\n',
      errors: [
        { line: 1, text: '(1)' },
        { line: 2, text: '(2)' },
      ],
      output: '（1）甲\n（2）乙\n（3）丙\n',
    },
    {
      // the style is compared across sections of one document
      code: '一、甲\n1.子\n2.子\n二、乙\n1、子\n3.子\n',
      errors: [{ line: 5, text: '1、' }],
      output: '一、甲\n1.子\n2.子\n二、乙\n1.子\n3.子\n',
    },
  ],
});
