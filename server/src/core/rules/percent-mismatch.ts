import { figureRule } from './figure-rule';

export default figureRule('percent', {
  id: 'percent-mismatch',
  description: '百分比变化须与两个数字相符（由A到B增长X%；较A提高X%；提高X个百分点），按所写精度容许四舍五入',
  defaultSeverity: 'warn',
});
