import rule from '../../../server/src/core/rules/dash';
import { testRule } from '../../helpers/rule-tester';
import { segmenter } from '../../helpers/segmenter';

testRule(
  rule,
  {
    valid: [
      '做到一一对应，问题一一落实，逐项一一核实。',
      '建设示范村——渝北区乌牛村。',
      '2016—2020年规划；2016～2020年。',
      'use --fix in the CLI',
      '编号1-2个。',
      // 一一 where one word ends in 一 and the next begins with it.
      '祖国完全统一一定要实现，也一定能够实现！',
      '这是唯一一个入选的项目。',
    ],
    invalid: [
      {
        code: '乡村振兴示范村一一渝北区乌牛村。',
        errors: [{ line: 1, text: '一一', message: '「一一」用作破折号时应写作「——」。' }],
        output: '乡村振兴示范村——渝北区乌牛村。',
      },
      {
        code: '对结对帮扶村－－分界镇七贤村开展帮扶。',
        errors: [{ line: 1, text: '－－' }],
        output: '对结对帮扶村——分界镇七贤村开展帮扶。',
      },
      {
        code: '帮扶村--分界镇。',
        errors: [{ line: 1, text: '--' }],
        output: '帮扶村——分界镇。',
      },
      {
        code: '成功通过2016-2020年“全国科普示范县”复查。',
        errors: [{ line: 1, text: '2016-', message: /年份范围应使用连接号「—」/ }],
        output: '成功通过2016—2020年“全国科普示范县”复查。',
      },
    ],
  },
  { segmenter },
);

// Until the segmenter has loaded, 一一 is left alone (the complete run judges it); the other dashes are not.
testRule(rule, {
  valid: ['乡村振兴示范村一一渝北区乌牛村。'],
  invalid: [{ code: '帮扶村--分界镇。', errors: [{ line: 1, text: '--' }], output: '帮扶村——分界镇。' }],
});
