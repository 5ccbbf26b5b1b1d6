import rule from '../../../server/src/core/rules/variant-form';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  valid: ['发挥多种经济成分的作用，完善个人账户制度。'],
  invalid: [
    {
      code: '发挥多种经济成份的作用，完善个人帐户制度。',
      errors: [
        { line: 1, text: '成份', message: '「成份」是不规范的异形词，规范词形为「成分」。' },
        { line: 1, text: '帐户' },
      ],
      output: '发挥多种经济成分的作用，完善个人账户制度。',
    },
  ],
});
