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
    // a name that contains a numeral announces nothing: the heading's children are not its items
    '二、全面贯彻“三个代表”重要思想\n（一）甲\n（二）乙\n（三）丙\n（四）丁\n',
    '二、全面贯彻三个代表重要思想\n（一）甲\n（二）乙\n',
    '二、打好四个现代化的第一个战役\n（一）甲\n（二）乙\n（三）丙\n（四）丁\n（五）戊\n',
    '一、甲\n深入学习“两学一做”：学党章党规、学系列讲话、做合格党员。\n',
    // items separated by ；, each holding a 、-list of its own
    '一、甲\n当代的世界存在着四大矛盾：被压迫民族同帝国主义、社会帝国主义的矛盾；无产阶级同资产阶级的矛盾；帝国主义国家之间、帝国主义各国之间的矛盾；社会主义国家同帝国主义之间的矛盾。\n',
    // a 、-list inside the first item is not the list of items
    '一、甲\n它的主要内容包括两个方面：一方面是教育、科学、文化、艺术、卫生、体育事业的发展水平。另一方面是思想道德的发展水平。\n',
    // 一是…；一是… numbers nothing
    '一、甲\n我们要集中力量办两件大事：一是在经济领域，坚持正确的建设方针；一是在政治思想领域，加强精神文明建设。\n',
    // two items numbered, two more in another form
    '一、甲\n企业分为四种类型：一是按照国家指令性计划进行生产的。二是按市场变化生产的。在这两大类之间，还有两类。一类是大部分按国家计划生产；另一类是大部分按市场生产。\n',
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
      code: '一、甲\n存在着四大矛盾：甲同乙的矛盾；丙同丁的矛盾；戊同己的矛盾。\n',
      errors: [{ line: 2, text: '四大矛盾', message: '这里说有 4 项，后面列出的是 3 项。' }],
    },
    {
      code: '一、重点抓好3个方面\n（一）甲\n（二）乙\n',
      errors: [{ line: 1, text: '3个', message: '标题说有 3 项，其下列出的是 2 项。' }],
    },
    {
      code: '清单\n\t一、学会学术3个重大活动\n\t1\n\t论坛\n\t2\n\t年会\n',
      errors: [{ line: 2, text: '3个', message: '标题说有 3 项，其下列出的是 2 项。' }],
    },
  ],
});
