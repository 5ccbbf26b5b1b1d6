import rule from '../../../server/src/core/rules/sum-mismatch';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  valid: [
    '一、甲\n组织开展部门协调会8场、业务培训会7场、宣传推介会6场，共计20余场次。\n',
    '一、甲\n组织开展协调会25场、培训会10场、推介会5场，共计40场。\n',
    // unit conversion: 8000万元 + 4000万元 = 1.2亿元
    '一、甲\n争取资金8000万元、4000万元，合计1.2亿元。\n',
    // approximations as intervals
    '一、甲\n开展学术活动60余场、科普活动50余场，共120余场。\n',
    // not a list of parts: a change from one figure to another
    '一、甲\n转移支付由1997年的664亿元增加到2002年的4025亿元，五年共计12319亿元。\n',
    // other units are not parts
    '一、甲\n培训学员300人次，开展咨询20场，共计服务群众2000人次。\n',
  ],
  invalid: [
    {
      code: '一、甲\n组织开展部门协调会5场、业务培训会6场、宣传推介会4场，共计20余场次。\n',
      errors: [{ line: 2, text: '20余场次', message: '各项相加为 15场次，与「20余场次」不符（5 + 6 + 4 = 15 ≠ 20余场次（20–30））。' }],
    },
    {
      code: '一、甲\n组织开展协调会35场、培训会25场，共计62场。\n',
      errors: [{ line: 2, text: '62场', message: /35 \+ 25 = 60 ≠ 62/ }],
    },
    {
      code: '一、甲\n争取资金8000万元、5000万元，合计1.2亿元。\n',
      errors: [{ line: 2, text: '1.2亿元' }],
    },
  ],
});
