// The hand-written fixtures: each a Word document with automatic numbering, and the same report as typed text.
import { type Level } from './ooxml-writer';
import type { Fixture } from './fixture';
import { content } from './specs-content';

/** Word's multilevel list for 公文 headings: 一、（一）1.（1）①, with no tab after the label. */
const gongwenLevels = (first: Partial<Level> = {}): Level[] => [
  { ilvl: 0, numFmt: 'chineseCounting', lvlText: '%1、', suff: 'nothing', ...first },
  { ilvl: 1, numFmt: 'chineseCountingThousand', lvlText: '（%2）', suff: 'nothing' },
  { ilvl: 2, numFmt: 'decimal', lvlText: '%3.', suff: 'nothing' },
  { ilvl: 3, numFmt: 'decimal', lvlText: '（%4）', suff: 'nothing' },
  { ilvl: 4, numFmt: 'decimalEnclosedCircle', lvlText: '%5', suff: 'nothing' },
];

const levels: Fixture = {
  name: 'numbering-levels',
  libreoffice: true,
  spec: {
    abstracts: [
      { id: 1, levels: gongwenLevels() },
      { id: 2, levels: [{ ilvl: 0, numFmt: 'ideographTraditional', lvlText: '%1、', suff: 'nothing' }] },
    ],
    nums: [
      { numId: 1, abstractNumId: 1 },
      { numId: 2, abstractNumId: 2 },
    ],
    body: [
      { text: '关于2023年度工作情况的报告' },
      { text: '总体情况', numId: 1, ilvl: 0 },
      { text: '2023年，我们围绕中心工作，完成了各项任务。' },
      { text: '组织建设', numId: 1, ilvl: 1 },
      { text: '加强班子建设', numId: 1, ilvl: 2 },
      { text: '全年召开党组会议12次，其中专题会议5次。' },
      { text: '加强队伍建设', numId: 1, ilvl: 2 },
      { text: '开展培训', numId: 1, ilvl: 3 },
      { text: '线上培训3期，共培训干部300人次。', numId: 1, ilvl: 4 },
      { text: '线下培训2期，共培训干部120人次。', numId: 1, ilvl: 4 },
      { text: '开展考核', numId: 1, ilvl: 3 },
      { text: '业务工作', numId: 1, ilvl: 1 },
      { text: '课题研究', numId: 1, ilvl: 2 },
      { text: '完成课题8项，形成报告6篇。' },
      { text: '存在问题', numId: 1, ilvl: 0 },
      { text: '甲类问题：基础工作不够扎实。', numId: 2, ilvl: 0 },
      { text: '乙类问题：工作部暑不够及时。', numId: 2, ilvl: 0 },
      { text: '丙类问题：宣传力度有待加强。', numId: 2, ilvl: 0 },
      { text: '意见建议', numId: 1, ilvl: 1 },
      // Typed by hand after the automatic ones: 四、 where 三、 is due.
      { text: '四、下一步工作打算' },
      { text: '继续加强组织建设，推动各项工作落实。' },
    ],
  },
  typed: `关于2023年度工作情况的报告
一、总体情况
2023年，我们围绕中心工作，完成了各项任务。
（一）组织建设
1.加强班子建设
全年召开党组会议12次，其中专题会议5次。
2.加强队伍建设
（1）开展培训
①线上培训3期，共培训干部300人次。
②线下培训2期，共培训干部120人次。
（2）开展考核
（二）业务工作
1.课题研究
完成课题8项，形成报告6篇。
二、存在问题
甲、甲类问题：基础工作不够扎实。
乙、乙类问题：工作部暑不够及时。
丙、丙类问题：宣传力度有待加强。
（一）意见建议
四、下一步工作打算
继续加强组织建设，推动各项工作落实。`,
};

const RESTARTS_TYPED = `2024年工作要点
一、强化理论武装
（一）深化学习
1.组织集中学习12次。
2.开展专题研讨4次。
（二）强化调查研究
3.形成调研报告5篇。
二、推进重点工作
一、抓好项目建设
二、加强制度建设
九、加强队伍建设
十、提升服务水平
十一、做好宣传工作
①办好门户网站。
②办好微信公众号。`;

const restarts: Fixture = {
  name: 'numbering-restarts',
  libreoffice: true,
  spec: {
    abstracts: [
      {
        id: 3,
        levels: [
          { ilvl: 0, numFmt: 'chineseCounting', lvlText: '%1、', suff: 'nothing' },
          { ilvl: 1, numFmt: 'chineseCountingThousand', lvlText: '（%2）', suff: 'nothing' },
          // Continuous through the whole report: never restarts.
          { ilvl: 2, numFmt: 'decimal', lvlText: '%3.', suff: 'nothing', restart: 0 },
        ],
      },
    ],
    nums: [
      { numId: 3, abstractNumId: 3 },
      // "Restart at 1" as Word writes it: a new instance of the same list with a start override.
      { numId: 4, abstractNumId: 3, startOverrides: [{ ilvl: 0, start: 1 }] },
      { numId: 5, abstractNumId: 3 },
      { numId: 6, abstractNumId: 3, startOverrides: [{ ilvl: 0, start: 9 }] },
      { numId: 7, abstractNumId: 3, levelOverrides: [{ ilvl: 1, numFmt: 'decimalEnclosedCircle', lvlText: '%2', suff: 'nothing' }] },
    ],
    body: [
      { text: '2024年工作要点' },
      { text: '强化理论武装', numId: 3, ilvl: 0 },
      { text: '深化学习', numId: 3, ilvl: 1 },
      { text: '组织集中学习12次。', numId: 3, ilvl: 2 },
      { text: '开展专题研讨4次。', numId: 3, ilvl: 2 },
      { text: '强化调查研究', numId: 3, ilvl: 1 },
      { text: '形成调研报告5篇。', numId: 3, ilvl: 2 },
      { text: '推进重点工作', numId: 3, ilvl: 0 },
      { text: '抓好项目建设', numId: 4, ilvl: 0 },
      { text: '加强制度建设', numId: 5, ilvl: 0 },
      { text: '加强队伍建设', numId: 6, ilvl: 0 },
      { text: '提升服务水平', numId: 6, ilvl: 0 },
      { text: '做好宣传工作', numId: 6, ilvl: 0 },
      { text: '办好门户网站。', numId: 7, ilvl: 1 },
      { text: '办好微信公众号。', numId: 7, ilvl: 1 },
    ],
  },
  typed: RESTARTS_TYPED,
  // LibreOffice drops "never restart" (w:lvlRestart 0), so its copy numbers the third item from 1 again.
  libreofficeTyped: RESTARTS_TYPED.replace('3.形成调研报告5篇。', '1.形成调研报告5篇。'),
};

const styles: Fixture = {
  name: 'numbering-styles',
  libreoffice: true,
  spec: {
    abstracts: [
      {
        id: 8,
        levels: [
          { ilvl: 0, numFmt: 'chineseCounting', lvlText: '%1、', pStyle: 'Heading1' },
          { ilvl: 1, numFmt: 'chineseCountingThousand', lvlText: '（%2）', pStyle: 'Heading2', suff: 'nothing' },
          { ilvl: 2, numFmt: 'decimal', lvlText: '%3.', suff: 'space' },
          { ilvl: 3, numFmt: 'decimal', lvlText: '（%4）', pStyle: 'Heading4', suff: 'nothing' },
        ],
      },
    ],
    nums: [{ numId: 8, abstractNumId: 8 }],
    styles: [
      { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', numId: 8, ilvl: 0 },
      { id: 'Heading2', name: 'heading 2', basedOn: 'Normal', numId: 8, ilvl: 1 },
      { id: 'Heading3', name: 'heading 3', basedOn: 'Heading2', ilvl: 2 },
      // Names the list but not the level: the level linked to this style (w:lvl/w:pStyle) applies.
      { id: 'Heading4', name: 'heading 4', basedOn: 'Normal', numId: 8 },
      { id: 'ReportTitle1', name: '报告一级标题', basedOn: 'Heading1' },
    ],
    body: [
      { text: '市科协2023年工作总结' },
      { text: '主要工作', style: 'Heading1' },
      { text: '学术交流', style: 'Heading2' },
      { text: '举办学术年会', style: 'Heading3' },
      { text: '全年举办学术活动25场，其中国际会议3场、国内会议22场。' },
      { text: '科普活动', style: 'Heading2' },
      { text: '科技周', style: 'Heading4' },
      { text: '全国科普日', style: 'Heading4' },
      { text: '附件说明', style: 'Heading1', numId: 0 },
      { text: '存在的不足', style: 'ReportTitle1' },
      { text: '工作推进还不够平衡。' },
    ],
  },
  typed: `市科协2023年工作总结
一、\t主要工作
（一）学术交流
1. 举办学术年会
全年举办学术活动25场，其中国际会议3场、国内会议22场。
（二）科普活动
（1）科技周
（2）全国科普日
附件说明
二、\t存在的不足
工作推进还不够平衡。`,
  libreofficeTyped: `市科协2023年工作总结
一、\t主要工作
（一）学术交流
1. 举办学术年会
全年举办学术活动25场，其中国际会议3场、国内会议22场。
（二）科普活动
二、\t科技周
三、\t全国科普日
附件说明
四、\t存在的不足
工作推进还不够平衡。`,
};

export const FIXTURES: Fixture[] = [levels, restarts, styles, content];
