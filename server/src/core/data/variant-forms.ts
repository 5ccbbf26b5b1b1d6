import { parseEntries, type PhraseEntry } from './phrase-table';

/**
 * Non-standard variant forms (异形词) with the form the national standards recommend
 * (《第一批异形词整理表》, 《通用规范汉字表》): not typos, but a report should use the standard form.
 * Same table format as the typo dictionary.
 */
export const VARIANT_FORMS: readonly PhraseEntry[] = parseEntries(`
惨澹 惨淡
重迭 重叠
筹画 筹划
复盖 覆盖
简炼 简练
迷漫 弥漫
帐户 账户
帐目 账目
报帐 报账
对帐 对账
结帐 结账
查帐 查账
记帐 记账
帐本 账本
帐务 账务
帐号 账号
好象 好像
图象 图像
录象 录像
偶象 偶像
不象话 不像话
部份 部分
份外 分外
过份 过分
水份 水分
成份 成分
名份 名分
缘份 缘分
本份 本分
身分证 身份证
安份 安分
渡假 度假
`);
