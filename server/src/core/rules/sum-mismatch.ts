import { figureRule } from './figure-rule';

export default figureRule('sum', {
  id: 'sum-mismatch',
  description: '各项相加须与所述总数（共计、合计、总计……）相符，约数按区间计算',
  defaultSeverity: 'error',
});
