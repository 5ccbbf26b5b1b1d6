import { figureRule } from './figure-rule';

export default figureRule('part', {
  id: 'part-exceeds-whole',
  description: '部分不能大于整体：“其中”各项不超过总数，名次不超过参与排名的总数',
  defaultSeverity: 'error',
});
