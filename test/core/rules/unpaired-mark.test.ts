import rule from '../../../server/src/core/rules/unpaired-mark';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  valid: [
    '推广“提升基层科协组织力”“3+1”试点经验。',
    '编制《成都市科协系统深化改革实施方案》（试行）。',
    '他说：“要‘抓落实’。”',
    '【重点】「引文」『内引』',
    // a quotation over several paragraphs opens each and closes only the last
    '“第一段引文。\n“第二段引文。”\n',
  ],
  invalid: [
    {
      code: '及时总结推广“提升基层科协组织力”3+1”试点经验。',
      errors: [{ line: 1, text: '”', message: /「”」前面没有对应的「“」/ }],
    },
    {
      code: '印发《实施方案，请遵照执行。',
      errors: [{ line: 1, column: 3, text: '《', message: '「《」在本段没有对应的「》」。' }],
    },
    {
      code: '会同上海锦天城（重庆律师事务所开展合作。\n另起一段）。',
      errors: [
        { line: 1, text: '（' },
        { line: 2, text: '）' },
      ],
    },
  ],
});
