import * as path from 'path';
import { parseArgs } from 'util';
import {
  ConfigError,
  fixText,
  formatOutlineText,
  lint,
  mergePhases,
  outlineOf,
  parseReport,
  RULES,
  type ReportDocument,
  type ResolvedConfig,
  type Segmenter,
} from '../core';
import { ConfigLoader } from '../node/config-loader';
import { decodeReport, InputError, writeReportFile, type ReportFile } from '../node/report-file';
import { SegmentedRunner } from '../node/segmented-runner';
import { docxFixRefusal, isDocxPath, paragraphMapOf, readAnyReportFile } from '../node/formats/docx';
import { extractCommand } from './extract';
import { FORMATTERS } from './formatters';
import { counts, type FileResult } from './formatters/types';
import { expandTargets, UsageError } from './targets';


export interface CliIo {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<Buffer>;
  /** Whether stdout is a terminal (colours). */
  isTTY?: boolean;
  /** Loads the word segmenter when a rule that needs one is on. */
  loadSegmenter?: () => Segmenter | undefined;
  /** Where to show progress over many files (a terminal's stderr); absent, none is shown. */
  progress?: (s: string) => void;
  /** A second thread for the segmented rules; without one they run in this thread. */
  segmentedRunner?: () => SegmentedRunner;
  version?: string;
}

const HELP = `用法：reportlint [选项] 文件|目录|通配符|-
      reportlint outline 文件 [--format json]
      reportlint extract 文件.docx [--format json]

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
      --no-color          不使用颜色
  -h, --help              显示帮助
  -v, --version           显示版本

退出码：0 无错误；1 有错误（或警告超过 --max-warnings）；2 用法、配置或输入有误。
`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    if (argv[0] === 'outline') return await outlineCommand(argv.slice(1), io);
    if (argv[0] === 'extract') return await extractCommand(argv.slice(1), io);
    return await lintCommand(argv, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError || err instanceof InputError) {
      io.stderr(`reportlint: ${err instanceof ConfigError ? '配置错误：' : ''}${err.message}\n`);
      return 2;
    }
    io.stderr(`reportlint: 内部错误：${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 2;
  }
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
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
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n运行 reportlint --help 查看用法`);
  }
}

async function lintCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${io.version ?? 'unknown'}\n`);
    return 0;
  }
  const format = values.format ?? 'stylish';
  const formatter = FORMATTERS[format];
  if (!formatter) throw new UsageError(`未知的输出格式 "${format}"（可用：${Object.keys(FORMATTERS).join('、')}）`);
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings 应为非负整数');
  }
  if (!positionals.length) throw new UsageError('请指定要检查的文件、目录或 -（标准输入）\n运行 reportlint --help 查看用法');
  const useStdin = positionals.includes('-');
  if (useStdin && positionals.length > 1) throw new UsageError('- （标准输入）不能与文件同时使用');
  if (useStdin && values.fix) throw new UsageError('--fix 不能用于标准输入：请指定文件');

  const loader = new ConfigLoader();
  const explicitFile = values.config ? path.resolve(io.cwd, values.config) : undefined;
  if (explicitFile) loader.loadFile(explicitFile); // a bad --config is an error even with no files
  const against = (values.against ?? []).map((p) => {
    const abs = path.resolve(io.cwd, p);
    return { filePath: abs, doc: parseReport(readAnyReportFile(abs).text) };
  });

  // Segmented rules run on a second thread while this one runs the rest; --fix needs every rule per pass.
  const runner = io.segmentedRunner?.();
  let segmenter: Segmenter | undefined;
  let segmenterLoaded = false;
  const usesSegmenter = (config: ResolvedConfig) =>
    RULES.some((r) => r.meta.usesSegmenter && config.rules[r.meta.id]?.severity !== 'off');
  const segmenterFor = (config: ResolvedConfig) => {
    if (usesSegmenter(config) && !segmenterLoaded) {
      segmenterLoaded = true;
      segmenter = io.loadSegmenter?.();
    }
    return segmenter;
  };

  const results: FileResult[] = [];
  let unreadable = 0;
  const lintOne = async (filePath: string, file: ReportFile, configPath: string | undefined, write: boolean): Promise<FileResult> => {
    const config = loader.resolveFor(configPath, { explicitFile });
    let text = file.text;
    let findings;
    let doc: ReportDocument;
    if (values.fix) {
      const fixed = fixText(file.text, { config, segmenter: segmenterFor(config), otherDocuments: against });
      if (fixed.text !== file.text && write) writeReportFile(filePath, { ...file, text: fixed.text });
      text = fixed.text;
      findings = fixed.result.findings;
      doc = fixed.result.doc;
    } else if (runner && usesSegmenter(config)) {
      const pending = runner.run(file.text, config);
      const fast = lint(file.text, { config, phase: 'fast', otherDocuments: against });
      const slow = await pending;
      if (slow.error) io.stderr(`reportlint: 需要分词的规则未运行：${slow.error}\n`);
      findings = mergePhases(fast.findings, slow.findings ?? []);
      doc = fast.doc;
    } else {
      const result = lint(file.text, { config, segmenter: segmenterFor(config), otherDocuments: against });
      findings = result.findings;
      doc = result.doc;
    }
    if (values.quiet) findings = findings.filter((f) => f.severity === 'error');
    return { filePath, text, lines: doc.lines, findings, ...paragraphMapOf(file) };
  };

  try {
    if (useStdin) {
      const name = values['stdin-filename'] ? path.resolve(io.cwd, values['stdin-filename']) : undefined;
      const file = decodeReport(await io.readStdin(), name ?? '<stdin>');
      results.push(await lintOne(name ?? '<stdin>', file, name ?? path.join(io.cwd, '<stdin>'), false));
    } else {
      const targets = expandTargets(positionals, io.cwd);
      const showProgress = io.progress && targets.length > 1;
      for (const [i, filePath] of targets.entries()) {
        if (showProgress && (i % 20 === 0 || i === targets.length - 1)) {
          io.progress!(`\r检查中 ${i + 1}/${targets.length}  ${path.basename(filePath).slice(0, 40).padEnd(40)}`);
        }
        let file: ReportFile;
        try {
          if (values.fix && isDocxPath(filePath)) throw docxFixRefusal(filePath);
          file = readAnyReportFile(filePath);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          io.stderr(`reportlint: ${err.message}\n`);
          unreadable++;
          continue;
        }
        results.push(await lintOne(filePath, file, filePath, true));
      }
      if (showProgress) io.progress!(`\r${' '.repeat(60)}\r`);
    }
  } finally {
    await runner?.close();
  }

  const color = values['no-color'] ? false : (values.color ?? io.isTTY ?? false);
  io.stdout(formatter(results, { cwd: io.cwd, color }));
  if (unreadable) return 2;
  const { errors, warnings } = counts(results);
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`reportlint: 警告数 ${warnings} 超过 --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

async function outlineCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout('用法：reportlint outline 文件|- [--format json]\n');
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('outline 需要且只需要一个文件（或 - 表示标准输入）');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`outline 的输出格式应为 text 或 json，而不是 "${format}"`);
  const file =
    positionals[0] === '-'
      ? decodeReport(await io.readStdin(), '<stdin>')
      : readAnyReportFile(path.resolve(io.cwd, positionals[0]));
  const outline = outlineOf(parseReport(file.text));
  io.stdout(format === 'json' ? JSON.stringify(outline, null, 2) + '\n' : formatOutlineText(outline) + '\n');
  return 0;
}
