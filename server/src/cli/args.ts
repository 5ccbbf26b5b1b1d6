import { UsageError } from './targets';

export const USAGE_LINES =
  '用法：reportlint [选项] 文件|目录|通配符|-\n      reportlint outline 文件|- [--format json]\n      reportlint extract 文件.docx [--format json]';

/** A usage error: the problem, the usage line and where to read more, all in the user's language. */
export function usageError(problem: string): UsageError {
  return new UsageError(`${problem}\n${USAGE_LINES}\n运行 reportlint --help 查看全部选项`);
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
}

export type ParsedValues = Record<string, string | boolean | string[] | undefined>;

/**
 * Command-line parsing with messages users can act on: `--name value`, `--name=value`, `-x value`, `--` ends
 * the options, `-` alone is standard input. A value may itself start with a dash (`--max-warnings -1`) and is
 * then judged by the option's own check, not taken for another option.
 */
export function parseCommandLine(argv: string[], specs: Record<string, OptionSpec>, command = 'reportlint') {
  const values: ParsedValues = {};
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(specs).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
    } else {
      name = byShort.get(arg[1]);
      if (arg.length > 2) inline = arg.slice(2);
    }
    const spec = name !== undefined ? specs[name] : undefined;
    if (!spec || name === undefined) {
      const shown = arg.split('=')[0];
      throw usageError(command === 'reportlint' ? `未知的选项 "${shown}"` : `${command} 不支持选项 "${shown}"`);
    }
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw usageError(`选项 --${name} 不接受值`);
      values[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      if (i + 1 >= argv.length) throw usageError(`选项 --${name} 需要一个值`);
      value = argv[++i];
    }
    if (spec.multiple) values[name] = [...((values[name] as string[] | undefined) ?? []), value];
    else values[name] = value;
  }
  return { values, positionals };
}

/** --max-warnings: a non-negative whole number written in digits; anything else is a usage error. */
export function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  if (!/^\d+$/.test(value)) throw usageError(`--max-warnings 的值应为非负整数，而不是 "${value}"`);
  return Number(value);
}
