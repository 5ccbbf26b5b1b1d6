import { figureRule } from './figure-rule';

export default figureRule('count', {
  id: 'count-mismatch',
  description: '所说项数须与列出的项数相符（4个方面：一是……四是；“四大”平台，即：A、B、C、D）',
  defaultSeverity: 'warn',
});
