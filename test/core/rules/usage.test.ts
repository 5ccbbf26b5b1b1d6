import rule from '../../../server/src/core/rules/usage';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  valid: [
    '截至2020年底，已完成任务。报名截止日期为5月1日，截止时间另行通知。',
    '2018年工作回顾。近18年来持续推进。',
    '已有8000多名学生注册，投入110多万元，组织70多家企业，10余个项目。',
    '增长1.5%，合计3次。',
    // a count of years, not a year
    '2020年，近20年来持续推进，近20年以来不断发展，工作20年全年无休，上世纪20年代，连续10年开始盈利。',
  ],
  invalid: [
    {
      code: '截止2020年12月底，已有学生注册。',
      errors: [{ line: 1, column: 1, text: '截止', message: '表示到某一时间为止应用「截至」：「截止」→「截至」。' }],
      output: '截至2020年12月底，已有学生注册。',
    },
    {
      code: '截止目前，全县注册用户一万人。截止到今年，完成任务。',
      errors: [
        { line: 1, text: '截止' },
        { line: 1, text: '截止到' },
      ],
      output: '截至目前，全县注册用户一万人。截至今年，完成任务。',
    },
    {
      code: '2018年，在南京分会的基础上，于18年5月成立北京分会。',
      errors: [{ line: 1, text: '18年', message: '年份应写全：「18年」→「2018年」。' }],
      output: '2018年，在南京分会的基础上，于2018年5月成立北京分会。',
    },
    {
      // a two-digit year wherever a point in time stands, not only before 月
      code: '2023年工作总结。20年以来持续推进，自21年起逐年增长，22年底基本完成，23年全年完成任务，22年度考核优秀。',
      errors: [
        { line: 1, text: '20年', message: '年份应写全：「20年」→「2020年」。' },
        { line: 1, text: '21年' },
        { line: 1, text: '22年' },
        { line: 1, text: '23年' },
        { line: 1, text: '22年' },
      ],
      output: '2023年工作总结。2020年以来持续推进，自2021年起逐年增长，2022年底基本完成，2023年全年完成任务，2022年度考核优秀。',
    },
    {
      // no four-digit year in the document: the century is unknown, so no fix
      code: '于18年5月成立北京分会。',
      errors: [{ line: 1, text: '18年', message: /年份应写全/ }],
    },
    {
      code: '已有8074多青少年学生注册成为网络学员。',
      errors: [{ line: 1, text: '8074多', message: '「8074」是确数，后面不应再加「多」：写作「8074」或「8000多」。' }],
    },
  ],
});
