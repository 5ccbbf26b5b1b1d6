import rule from '../../../server/src/core/rules/count-mismatch';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  valid: [
    '一、甲\n重点抓好4个方面：一是加强领导。二是完善制度。三是强化督查。四是狠抓落实。\n',
    // seed 004
    '一、甲\n着力搭建“四大”平台，即：学术交流平台、科普平台、智库平台、服务平台。\n',
    '一、甲\n完成三项任务：调研、培训、评估。\n',
    // ordinals are not counts
    '一、甲\n编制第十一个五年规划：总体、专项、区域。\n',
  ],
  invalid: [
    {
      code: '一、甲\n重点抓好4个方面：一是加强领导。二是完善制度。三是强化督查。\n',
      errors: [{ line: 2, text: '4个方面', message: '这里说有 4 项，后面列出的是 3 项。' }],
    },
    {
      code: '一、甲\n着力搭建“五大”平台，即：学术交流平台、科普平台、智库平台、服务平台。\n',
      errors: [{ line: 2, message: /说有 5 项，后面列出的是 4 项/ }],
    },
    {
      code: '清单\n\t一、学会学术3个重大活动\n\t1\n\t论坛\n\t2\n\t年会\n',
      errors: [{ line: 2, text: '3个', message: '标题说有 3 项，其下列出的是 2 项。' }],
    },
  ],
});
