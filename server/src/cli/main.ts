import * as fs from 'fs';
import * as path from 'path';
import { ConfigError, formatOutlineText, outlineOf, parseReport } from '../core';
import { ConfigLoader } from '../node/config-loader';
import { LintEngine, type EngineResult } from '../node/engine';
import { decodeReport, InputError, MAX_FILE_BYTES, writeReportFile, type ReportFile } from '../node/report-file';
import { WriteError } from '../node/safe-write';
import { inOrder } from '../node/in-order';
import { docxFixRefusal, isDocxPath, paragraphMapOf, readAnyReportFile } from '../node/formats/docx';
import { parseCommandLine, parseMaxWarnings, usageError } from './args';
import { HELP, LINT_OPTIONS, OUTLINE_OPTIONS } from './options';
import { extractCommand } from './extract';
import { FORMATTERS } from './formatters';
import { counts, fatalResult, type FileResult } from './formatters/types';
import { expandTargets, REPORT_EXTENSIONS, UsageError } from './targets';

export interface CliIo {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Reads standard input, stopping once more than maxBytes have come (what it returns is then longer than that). */
  readStdin: (maxBytes: number) => Promise<Buffer>;
  /** Whether stdout is a terminal (colours). */
  isTTY?: boolean;
  /** Where to show progress over many files (a terminal's stderr); absent, none is shown. */
  progress?: (s: string) => void;
  /** The lint engine (its worker threads); by default one thread per core. */
  engine?: () => LintEngine;
  version?: string;
}

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

/** Standard input, refused past the same limit as a file. */
async function readStdinReport(io: CliIo, name: string): Promise<ReportFile> {
  const bytes = await io.readStdin(MAX_FILE_BYTES);
  if (bytes.length > MAX_FILE_BYTES) throw new InputError(name, `输入过大（超过 ${MAX_FILE_BYTES / 1048576} MB 上限），未读完即停止`);
  return decodeReport(bytes, name);
}

async function lintCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(argv, LINT_OPTIONS);
  const values = parsed.values as {
    format?: string;
    fix?: boolean;
    config?: string;
    'max-warnings'?: string;
    against?: string[];
    'stdin-filename'?: string;
    quiet?: boolean;
    color?: boolean;
    'no-color'?: boolean;
    help?: boolean;
    version?: boolean;
  };
  const positionals = parsed.positionals;
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
  if (!formatter) throw usageError(`未知的输出格式 "${format}"（可用：${Object.keys(FORMATTERS).join('、')}）`);
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  if (!positionals.length) throw usageError('请指定要检查的文件、目录或 -（标准输入）');
  const useStdin = positionals.includes('-');
  if (useStdin && positionals.length > 1) throw usageError('- （标准输入）不能与文件同时使用');
  if (useStdin && values.fix) throw usageError('--fix 不能用于标准输入：请指定文件');

  const loader = new ConfigLoader();
  const explicitFile = values.config ? path.resolve(io.cwd, values.config) : undefined;
  if (explicitFile) loader.loadFile(explicitFile); // a bad --config is an error even with no files
  const against = (values.against ?? []).map((p) => {
    const abs = path.resolve(io.cwd, p);
    return { filePath: abs, text: readAnyReportFile(abs).text };
  });

  // One engine for every file: fast rules here and segmented rules on a worker for one file; many files
  // spread whole over a pool of worker threads, one per core.
  const engine = io.engine?.() ?? new LintEngine();

  const results: FileResult[] = [];
  // Files that could not be read or written: each is reported, the others still linted, and the exit code is 2.
  let failed = 0;
  const fail = (err: unknown, filePath: string): FileResult => {
    if (!(err instanceof InputError || err instanceof WriteError)) throw err;
    io.stderr(`reportlint: ${err.message}\n`);
    failed++;
    return fatalResult(filePath, err.reason);
  };
  const lintOne = async (
    filePath: string,
    file: ReportFile,
    configPath: string | undefined,
    write: boolean,
    offThread = false,
  ): Promise<FileResult> => {
    const config = loader.resolveFor(configPath, { explicitFile });
    const job = { text: file.text, config, against };
    let text = file.text;
    let result: EngineResult;
    let fatal: string | undefined;
    if (values.fix) {
      const fixed = offThread ? await engine.fixOffThread(job) : await engine.fix(job);
      text = fixed.text;
      result = fixed;
      if (fixed.text !== file.text && write) {
        try {
          writeReportFile(filePath, file, fixed.text);
        } catch (err) {
          // Not written: show the findings of the file as it still is, and why it was not fixed.
          fatal = fail(err, filePath).fatal;
          text = file.text;
          result = offThread ? await engine.lintOffThread(job) : await engine.lint(job);
        }
      }
    } else {
      result = offThread ? await engine.lintOffThread(job) : await engine.lint(job);
    }
    if (result.segmentedError) io.stderr(`reportlint: 需要分词的规则未运行：${result.segmentedError}\n`);
    let findings = result.findings;
    if (values.quiet) findings = findings.filter((f) => f.severity === 'error');
    return { filePath, text, lines: result.lines, findings, ...(fatal ? { fatal } : {}), ...paragraphMapOf(file) };
  };

  try {
    if (useStdin) {
      const name = values['stdin-filename'] ? path.resolve(io.cwd, values['stdin-filename']) : undefined;
      let file: ReportFile | undefined;
      try {
        file = await readStdinReport(io, name ?? '<stdin>');
      } catch (err) {
        results.push(fail(err, name ?? '<stdin>'));
      }
      if (file) results.push(await lintOne(name ?? '<stdin>', file, name ?? path.join(io.cwd, '<stdin>'), false));
    } else {
      const { files: targets, skipped } = expandTargets(positionals, io.cwd);
      if (skipped.length) {
        const shown = skipped.slice(0, 5).join('、') + (skipped.length > 5 ? ` 等 ${skipped.length} 项` : '');
        io.stderr(`reportlint: 已跳过 ${shown}（目录与通配符不检查以 . 开头的名称、node_modules 和符号链接；直接写出路径即可检查）\n`);
      }
      if (!targets.length) {
        io.stderr(`reportlint: 没有检查任何文件：${positionals.join(' ')} 中没有 ${REPORT_EXTENSIONS.join('、')} 文件\n`);
        return 2;
      }
      const showProgress = io.progress && targets.length > 1;
      const lanes = engine.lanesFor(targets.map(fileSize));
      const offThread = lanes > 1;
      let done = 0;
      const perFile = await inOrder(targets, lanes, async (filePath) => {
        let file: ReportFile;
        try {
          if (values.fix && isDocxPath(filePath)) throw docxFixRefusal(filePath);
          file = readAnyReportFile(filePath);
        } catch (err) {
          return fail(err, filePath);
        }
        const result = await lintOne(filePath, file, filePath, true, offThread);
        done++;
        if (showProgress && (done % 20 === 0 || done === targets.length)) {
          io.progress!(`\r检查中 ${done}/${targets.length}  ${path.basename(filePath).slice(0, 40).padEnd(40)}`);
        }
        return result;
      });
      for (const r of perFile) if (r) results.push(r);
      if (showProgress) io.progress!(`\r${' '.repeat(60)}\r`);
    }
  } finally {
    await engine.close();
  }

  const color = values['no-color'] ? false : (values.color ?? io.isTTY ?? false);
  io.stdout(formatter(results, { cwd: io.cwd, color }));
  if (failed) return 2;
  const { errors, warnings } = counts(results);
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`reportlint: 警告数 ${warnings} 超过 --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

function fileSize(filePath: string): number {
  try {
    return fs.statSync(filePath).size;
  } catch {
    return 0; // reported when it is read
  }
}

async function outlineCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, OUTLINE_OPTIONS, 'outline');
  if (values.help) {
    io.stdout('用法：reportlint outline 文件|- [--format json]\n');
    return 0;
  }
  if (positionals.length !== 1) throw usageError('outline 需要且只需要一个文件（或 - 表示标准输入）');
  const format = (values.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw usageError(`outline 的输出格式应为 text 或 json，而不是 "${format}"`);
  const file = positionals[0] === '-' ? await readStdinReport(io, '<stdin>') : readAnyReportFile(path.resolve(io.cwd, positionals[0]));
  const outline = outlineOf(parseReport(file.text));
  io.stdout(format === 'json' ? JSON.stringify(outline, null, 2) + '\n' : formatOutlineText(outline) + '\n');
  return 0;
}
