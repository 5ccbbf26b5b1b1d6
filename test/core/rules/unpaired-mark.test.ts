import rule from '../../../server/src/core/rules/unpaired-mark';
import { testRule } from '../../helpers/rule-tester';
import { CLOSER_OF } from '../../../server/src/core/text/chars';

// Every mark of the table, alone in a line, at a column of its own: none is missed by the scan for marks.
const eachMarkAlone = Object.entries(CLOSER_OF).flatMap(([open, close]) => [
  { code: `加强${open}组织建设。`, errors: [{ line: 1, column: 3, text: open }] },
  { code: `加强组织${close}建设。`, errors: [{ line: 1, column: 5, text: close }] },
]);

testRule(rule, {
  valid: [
    '推广“提升基层科协组织力”“3+1”试点经验。',
    '编制《成都市科协系统深化改革实施方案》（试行）。',
    '他说：“要‘抓落实’。”',
    '【重点】「引文」『内引』',
    // a quotation over several paragraphs opens each and closes only the last
    '“第一段引文。\n“第二段引文。”\n',
    // ’ as an apostrophe shortening a year.
    '办好“中国’99昆明世界园艺博览会”。',
    // Lines a source broke inside a title or a quotation pair up across the breaks, blank lines or not.
    '　　根据中英两国政府签订的《\n关于香港问题的联合声明\n》，１９９７年７月１日我国将恢复对香港行使主权，这是中国的神圣权力。\n',
    '毛主席指出：“\n这次无产阶级文化大革命，对于巩固无产阶级专政，是完全必要的，是非常及时的。\n”为了充分认识这个论断，我们要认真学习。\n',
    '一、甲\n\n过去五年，我们完成了全年任务，各项事业取得新的进展。\n\n我们要坚持和平统一、一国两制，坚持发展两岸关系、推进祖国和平统一进程的“八项\n主张”，推进祖国统一大业。\n\n我们取得了新的成绩，人民生活水平不断提高。\n',
  ],
  invalid: [
    ...eachMarkAlone,
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
