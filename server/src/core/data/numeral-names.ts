/**
 * Names of policies and theories that contain a numeral (三个代表, 四个全面): they name one thing, they do not
 * announce a number of items. A count followed by one of these is never a stated count.
 */
export const NUMERAL_NAMES: readonly string[] = [
  '三个代表', '四个全面', '五位一体', '两学一做', '三严三实', '四个现代化', '四项基本原则', '八项规定', '四个意识',
  '四个自信', '两个维护', '两个确立', '两个一百年', '三大攻坚战', '四个伟大', '五大发展理念', '两个务必', '三个务必',
  '三个有利于', '四个服从', '两个毫不动摇', '三个面向', '两个大局', '两个结合', '四个必须', '五个必由之路',
  '三大纪律', '八项注意', '三大作风', '四个坚持', '三个自信', '四大发明', '两个文明', '两个基本点', '四个走在前列',
  '三个转变', '四个不摘', '两不愁三保障', '三会一课', '一国两制', '一带一路', '三个没有变', '四个之最',
];
