// The CLI's help text and the options each command takes.
import { USAGE_LINES, type OptionSpec } from './args';

export const HELP = `${USAGE_LINES}

检查中文工作报告（工作报告、工作总结、工作要点）：标题编号、重复、错别字、数字与格式。
支持 .txt、.md 和 Word 文档（.docx）；.docx 的行号是所提取文本的行号（reportlint extract 可查看）。

选项：
  -f, --format <名称>     输出格式：stylish（默认）、json、sarif、github
      --fix               自动修正可安全修正的问题并写回文件
  -c, --config <文件>     使用此配置文件，不再向上查找 .reportlintrc.json
      --max-warnings <n>  警告超过 n 个时以 1 退出
      --against <文件>    与其他文件（如去年的报告）比较重复段落，可重复使用
      --stdin-filename <名称>  从标准输入读取时，用于查找配置与显示的文件名
      --quiet             只报告错误
      --color             总是使用颜色（默认只在终端中使用）
      --no-color          不使用颜色
  -h, --help              显示帮助
  -v, --version           显示版本

目录中查找 .txt、.md 和 .docx 文件；目录与通配符都跳过以 . 开头的名称、node_modules 和符号链接（直接写出的文件总会检查）。
文件与标准输入上限 16 MB；--fix 只写回编码确定（UTF-8、GB18030/GBK）且可原样重新编码的文件，从不改写 Word 文档。

退出码：0 无错误；1 有错误（或警告超过 --max-warnings）；2 用法、配置或输入有误，或有文件无法读取、无法写入。
`;

export const LINT_OPTIONS: Record<string, OptionSpec> = {
  format: { type: 'string', short: 'f' },
  fix: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'max-warnings': { type: 'string' },
  against: { type: 'string', multiple: true },
  'stdin-filename': { type: 'string' },
  quiet: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

/** outline only prints: it takes no --fix, --config or other lint option. */
export const OUTLINE_OPTIONS: Record<string, OptionSpec> = {
  format: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
};
