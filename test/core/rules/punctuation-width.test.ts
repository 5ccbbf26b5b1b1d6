import rule from '../../../server/src/core/rules/punctuation-width';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  valid: [
    '投入1.5亿元，比例为3:2，时间是2018.5至2019.5。',
    '共1,000人参加。',
    '详见 https://www.example.com/a,b.html 和 mail@example.org。',
    '会议于10:30开始。',
    'The report, in English. Mixed text: fine!',
    '1.强化政治引领。',
    '一、甲\n（一）乙\n',
    '设有APP、小程序等平台。',
  ],
  invalid: [
    {
      code: '整合专利信息,促进成果转化。',
      errors: [{ line: 1, column: 7, text: ',', message: '中文语境中应使用全角标点：「,」→「，」。' }],
      output: '整合专利信息，促进成果转化。',
    },
    {
      code: '党员理(监)事在公益活动中践行群众路线。',
      errors: [{ line: 1, text: '(监)', message: /「\(监\)」→「（监）」/ }],
      output: '党员理（监）事在公益活动中践行群众路线。',
    },
    {
      code: '(一)着力在贯彻落实上下功夫。',
      errors: [{ line: 1, column: 1, text: '(一)' }],
      output: '（一）着力在贯彻落实上下功夫。',
    },
    {
      code: '成效明显;群众满意!是否继续?答案:继续.',
      errors: [
        { line: 1, text: ';' },
        { line: 1, text: '!' },
        { line: 1, text: '?' },
        { line: 1, text: ':' },
        { line: 1, text: '.' },
      ],
      output: '成效明显；群众满意！是否继续？答案：继续。',
    },
  ],
});
