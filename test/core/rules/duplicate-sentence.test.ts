import rule from '../../../server/src/core/rules/duplicate-sentence';
import { testRule } from '../../helpers/rule-tester';

const S = '疫情期间，科协系统各类科普传播平台上新冠肺炎科普知识的阅读总量达1.396亿次。';

testRule(rule, {
  valid: [
    `- **甲**\n${S}开展义诊。\n- **乙**\n组织专家开展咨询服务。\n`,
    // short sentences repeat in any report
    '一、甲\n取得明显成效。\n二、乙\n取得明显成效。\n',
  ],
  invalid: [
    {
      code: `- **甲**\n${S}市级学会开展疫情排查。\n- **乙**\n组织科技志愿者服务社区。${S}\n`,
      errors: [{ line: 4, column: 13, message: /这句话与第 2 行的一句重复：「疫情期间，科协系统各类科普传播平台上新冠肺炎科普…」/ }],
    },
    {
      code: `一、甲\n${S}\n二、乙\n${S.replace(/。$/, '，')}其他内容。\n`,
      options: { minLength: 50 },
      errors: [],
    },
  ].filter((c) => c.errors.length),
});

// A paragraph written twice: its sentences are duplicate-paragraph's finding when that rule is on, this rule's when it is off.
const REPEATED_PARAGRAPH = `一、甲\n${S}\n二、乙\n${S}\n`;
testRule(rule, { valid: [REPEATED_PARAGRAPH], invalid: [] }, { alsoOn: ['duplicate-paragraph'] });
testRule(rule, {
  valid: [],
  invalid: [{ code: REPEATED_PARAGRAPH, errors: [{ line: 4, column: 1, message: /这句话与第 2 行的一句重复/ }] }],
});
// A sentence written twice inside one paragraph is never another rule's finding.
testRule(
  rule,
  {
    valid: [],
    invalid: [{ code: `一、甲\n${S}各学会积极参与。${S}\n`, errors: [{ line: 2, message: /这句话与第 2 行的一句重复/ }] }],
  },
  { alsoOn: ['duplicate-paragraph'] },
);
// With duplicate-paragraph on, a repeat of the sentence's paragraph is left to it however it was written again:
// the same, the same once spaces and full-width letters are set aside, or nearly the same; a paragraph that only
// shares the sentence is this rule's.
const ADDED = '各级学会积极参与，组织专家开展咨询服务。';
testRule(
  rule,
  {
    valid: [
      `一、甲\n${S}\n二、乙\n${S.replace('1.396', '１.３９６').replace('，', '， ')}\n`,
      `一、甲\n${S}${ADDED}\n二、乙\n${S}${ADDED.replace('积极', '踊跃')}\n`,
    ],
    invalid: [
      {
        code: `一、甲\n${S}\n二、乙\n会同有关部门，组织开展科技志愿服务活动，推动科普资源下沉基层。${S}\n`,
        errors: [{ line: 4, message: /这句话与第 2 行的一句重复/ }],
      },
    ],
  },
  { alsoOn: ['duplicate-paragraph'] },
);
