import * as assert from 'assert';
import { typoFindings } from '../../helpers/typo';

// Made-up sentences in the style of reports since 2015 (bench/data/coinages.txt and slips.txt hold the full sets;
// bench/typo-coinages.ts counts their findings).
const typos = (text: string) => typoFindings(text).map((f) => f.slice(f.indexOf(' ') + 1));

describe('typo: coinages of recent reports, a pair of words cut to a character each, stay silent', () => {
  for (const text of [
    '推进数治改革，提升基层治理效能。',
    '加快智治平台建设，实现城市运行一网统管。',
    '出台惠企政策二十条，减轻市场主体负担。',
    '实施强基工程，夯实基层党建根基。',
    '落实稳岗返还政策，全年发放补贴三亿元。',
    '扎实推进双减工作，校外培训机构大幅压减。',
    '推广智审系统，案件审理周期明显缩短。',
    '培育链主企业，带动上下游协同发展。',
    '推进数改智转，规上企业数字化覆盖率达到百分之七十。',
    '推进强村富民，村级集体经济收入全部超过二十万元。',
    '推行秒批服务，高频事项实现即报即批。',
    '推进适老改造，完成困难老年人家庭改造八百户。',
    '开展强镇扩权改革，赋予重点镇更多管理权限。',
    '推进智税服务，纳税人办税时间压缩一半。',
    '抓好稳链保链，重点产业链供应链运行平稳。',
  ]) {
    it(text, () => assert.deepStrictEqual(typos(text), []));
  }
});

describe('typo: one slip of a common word in the same prose is found', () => {
  for (const [text, finding] of [
    ['认真落实安全生产责仁制。', '责仁→责任'],
    ['持续优化营商环境，激发市场活立。', '活立→活力'],
    ['完善社会保障体系，提高保障水品。', '水品→水平'],
    ['加强生态环境保护，打好污染防治功坚战。', '功坚→攻坚'],
    ['加强干部队伍建设，提高干部综合素值。', '素值→素质'],
    ['推进法治政府建设，坚持依法行证。', '行证→行政'],
    ['严格落实疫情防控各项措失。', '措失→措施'],
    ['加强社会治安综合治理，严厉打击各类违法犯罪活动，维护社会和谐稳订。', '稳订→稳定'],
    ['认真做好信访工作，及时化解社会矛盾，维护群众合法权意。', '权意→权益'],
    ['加强基层组织建设，发挥基层党组织的战斗堡垒做用。', '做用→作用'],
    ['强化安全生产监管，坚决遏制重特大事故发生，确保人民群众生命财产安泉。', '安泉→安全'],
    ['坚持依法治市，加强法治宣传教育，增强全社会法治意试。', '意试→意识'],
    ['加快推进信息化建设，以信息化带动工业化，推动经济社会发展实现新的夸越。', '夸越→跨越'],
    ['加大环境保护力度，严格控制污染物排放总量，切实改善环境治量。', '治量→质量'],
    ['推进医药卫生体制改革，完善基本医疗保障制度，着力解决看病难看病贵的问替。', '问替→问题'],
  ]) {
    it(text, () => assert.deepStrictEqual(typos(text), [finding]));
  }
});
