// A fixture of a report's content beside its numbering: tables, tracked changes, notes, comments, headers.
import { run } from './ooxml-writer';
import type { Fixture } from './fixture';

const W_INS = (text: string) => `<w:ins w:id="1" w:author="审稿人" w:date="2024-01-02T00:00:00Z">${run(text)}</w:ins>`;
const W_DEL = (text: string) =>
  `<w:del w:id="2" w:author="审稿人" w:date="2024-01-02T00:00:00Z"><w:r><w:delText>${text}</w:delText></w:r></w:del>`;
const DELETED_MARK = '<w:rPr><w:del w:id="3" w:author="审稿人" w:date="2024-01-02T00:00:00Z"/></w:rPr>';

export const content: Fixture = {
  name: 'tables-and-changes',
  libreoffice: false,
  spec: {
    body: [
      { text: '一、基本情况' },
      { runs: run('全年完成投资') + W_DEL('1.2') + W_INS('1.5') + run('亿元，同比增长8%。') },
      // The writer deleted the break between these two: accepted, they are one paragraph.
      { runs: run('其中，新建项目12个，'), pPrExtra: DELETED_MARK },
      { runs: run('续建项目20个。') },
      {
        runs:
          run('截至') +
          `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy年M月" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
          run('2023年12月') +
          `<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
          run('底，项目全部开工。'),
      },
      {
        runs:
          run('详见附表') +
          `<w:r><w:footnoteReference w:id="1"/></w:r>` +
          `<w:commentRangeStart w:id="0"/>` +
          run('。') +
          `<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`,
      },
      { runs: run('此句可见。') + `<w:r><w:rPr><w:vanish/></w:rPr><w:t>此句隐藏。</w:t></w:r>` },
      { runs: run('第一行') + '<w:r><w:br/></w:r>' + run('第二行') + '<w:r><w:br w:type="page"/></w:r>' },
      { text: '附表' },
      {
        rows: [
          ['项目', '数量'],
          ['新建', '12'],
          ['续建', '20'],
        ],
      },
      {
        runs:
          `<w:moveFrom w:id="4" w:author="审稿人" w:date="2024-01-02T00:00:00Z">${run('移走的文字')}</w:moveFrom>` + run('二、下步打算'),
      },
    ],
  },
  typed: `一、基本情况
全年完成投资1.5亿元，同比增长8%。
其中，新建项目12个，续建项目20个。
截至2023年12月底，项目全部开工。
详见附表。
此句可见。
第一行
第二行
附表
\t项目
\t数量
\t新建
\t12
\t续建
\t20
二、下步打算`,
};
