import rule from '../../../server/src/core/rules/part-exceeds-whole';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  valid: [
    // a subset, not a sum (seed 004)
    '一、甲\n共推荐上报90篇参加评审，其中荣获一等奖1篇，三等奖5篇。\n',
    '一、甲\n举办活动120余场，其中学术活动60余场、科普活动50余场。\n',
    '一、甲\n在全省183个县(区)中排第13位。\n',
    '一、甲\n计划实施21项，完成19项。\n',
    // an average is not a whole; growth rates do not add up
    '一、甲\n年均超收2040亿元，其中去年超收2573亿元。\n',
    '一、甲\n进出口总额增长22.5%，其中，出口增长20.3%，进口增长24.9%。\n',
    // the figures after 由…提高到 are not parts
    '一、甲\n补助资金100元，其中补助标准由40元提高到80元。\n',
  ],
  invalid: [
    {
      code: '一、甲\n共推荐上报90篇参加评审，其中荣获一等奖95篇。\n',
      errors: [{ line: 2, text: '95篇', message: '“其中”的「95篇」超过了总数「90篇」。' }],
    },
    {
      code: '一、甲\n在全省183个县(区)中排第190位。\n',
      errors: [{ line: 2, text: '第190位', message: '名次「第190」超过了参与排名的总数 183 个。' }],
    },
  ],
});
