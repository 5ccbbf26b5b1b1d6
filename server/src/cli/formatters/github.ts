import * as path from 'path';
import { lineCol, type Formatter } from './types';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one ::error or ::warning annotation a finding. */
export const formatGithub: Formatter = (results, { cwd }) => {
  const out: string[] = [];
  for (const r of results) {
    const file = r.filePath === '<stdin>' ? r.filePath : path.relative(cwd, r.filePath) || r.filePath;
    if (r.fatal) out.push(`::error file=${escapeProperty(file)},title=reportlint::${escapeData(r.fatal)}`);
    for (const f of r.findings) {
      const lc = lineCol(r.lines, f.span);
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${lc.line}`,
        `col=${lc.column}`,
        `endLine=${lc.endLine}`,
        `endColumn=${lc.endColumn}`,
        `title=${escapeProperty(f.ruleId)}`,
      ].join(',');
      out.push(`::${f.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(f.message)}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
};
