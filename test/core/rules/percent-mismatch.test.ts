import rule from '../../../server/src/core/rules/percent-mismatch';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  valid: [
    // seed 002: (11.7 − 6.2) ÷ 6.2 = 88.7%
    '一、甲\n全市公民具备科学素质的比例达到 **11.7%**，较2012年的 **6.2%** 提高了 **88.7%**。\n',
    '一、甲\n比例由10.5%提高到12.3%，提高1.8个百分点。\n',
    '一、甲\n收入由100万元增加到150万元，增长50%。\n',
    '一、甲\n人数由200人减少到150人，下降25%。\n',
    // rounding to the stated precision
    '一、甲\n产值由3亿元增加到4亿元，增长33.3%。\n',
    // an average yearly rate is not the change between the two figures
    '一、甲\n生产总值由7.4万亿元增加到10.2万亿元，按可比价格计算，平均每年增长7.7%。\n',
    // the unit left out after 万/亿 is read like the written one
    '一、甲\n受理量由1.6万增加到2万，增长了25%。\n',
    '一、甲\n贷款余额由1.2亿增加到1.5亿，增长25%。\n',
  ],
  invalid: [
    {
      code: '一、甲\n收入由100万元增加到150万元，增长40%。\n',
      errors: [{ line: 2, text: '40%', message: '按「100万元」与「150万元」计算，变化为 50%，与「40%」不符。' }],
    },
    {
      code: '一、甲\n比例由10.5%提高到12.3%，提高2.8个百分点。\n',
      errors: [{ line: 2, text: '2.8个百分点', message: /变化为 1\.7–1\.9个百分点/ }],
    },
    {
      code: '一、甲\n比例达到11.7%，较2012年的6.2%提高了98.7%。\n',
      errors: [{ line: 2, text: '98.7%' }],
    },
    {
      code: '一、甲\n受理量由1.6万增加到2万，增长了30%。\n',
      errors: [{ line: 2, text: '30%', message: '按「1.6万」与「2万」计算，变化为 21.21–29.03%，与「30%」不符。' }],
    },
    {
      code: '一、甲\n受理量由1.6万件增加到2万件，增长了30%。\n',
      errors: [{ line: 2, text: '30%', message: /变化为 21\.21–29\.03%/ }],
    },
  ],
});
