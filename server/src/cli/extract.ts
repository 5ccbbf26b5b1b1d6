import * as path from 'path';
import { readDocxFile } from '../node/formats/docx';
import { parseCommandLine, usageError, type OptionSpec } from './args';

const HELP = `用法：reportlint extract 文件.docx [--format text|json]

输出 Word 文档中供检查的文本：每段一行，自动编号按 Word 显示的样子写出，表格每个单元格一行（以制表符开头），
修订按接受后的样子；批注、脚注、页眉页脚和文本框不包括在内。检查结果中的行号就是这段文本的行号。
--format json 输出 [{line, paragraph, text}]，paragraph 是 Word 中的段落序号。
`;

const EXTRACT_OPTIONS: Record<string, OptionSpec> = {
  format: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
};

export async function extractCommand(argv: string[], io: { cwd: string; stdout: (s: string) => void }): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, EXTRACT_OPTIONS, 'extract');
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw usageError('extract 需要且只需要一个 .docx 文件');
  const format = (values.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw usageError(`extract 的输出格式应为 text 或 json，而不是 "${format}"`);
  const { docx } = readDocxFile(path.resolve(io.cwd, positionals[0]));
  if (format === 'json') {
    const lines = docx.text.split('\n').map((text, i) => ({ line: i + 1, paragraph: docx.lineParagraph[i], text }));
    io.stdout(JSON.stringify(lines, null, 2) + '\n');
  } else {
    io.stdout(docx.text + '\n');
  }
  return 0;
}
