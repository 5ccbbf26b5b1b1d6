// The CLI's figures for `npm run bench`: throughput on one long file against autocorrect, growth from 1 to
// 10 MB, text that never repeats, many files over the pool, cold starts. Each runs the built CLI as a process.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../server/src/core';
import { threadCpu } from './thread-cpu';

const ROOT = path.resolve(__dirname, '..');
export const SHARED = path.resolve(ROOT, '..', 'shared');
const CLI = path.join(ROOT, 'bin', 'reportlint.js');

export type Line = (name: string, value: string, command: string) => void;

function reports(dirs: string[]): string {
  const files: string[] = [];
  for (const dir of dirs.map((d) => path.join(SHARED, d))) {
    if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir).sort()) files.push(path.join(dir, f));
  }
  return files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

/** The seeds and the 政府工作报告: the text the long benchmark files repeat. */
export function sourceText(): string {
  const text = reports(['seeds', path.join('corpus', 'gov-work-reports')]);
  if (!text) throw new Error(`no report text in ${SHARED}`);
  return text;
}

export function reportOfBytes(base: string, bytes: number, file: string): string {
  let text = '';
  while (Buffer.byteLength(text) < bytes) text += base + '\n';
  const buf = Buffer.from(text).subarray(0, bytes);
  fs.writeFileSync(file, buf.toString('utf8').replace(/\ufffd+$/, ''));
  return file;
}

/** Wall time of a whole process: the median of n runs (the machine may be shared). */
export function time(args: string[], runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return times.sort((a, b) => a - b)[times.length >> 1];
}

/** Wall and CPU seconds (user + system, every thread) and peak RSS of a whole process, via /usr/bin/time. */
function timeWithCpu(args: string[]): { wall: number; cpu: number; system: number; rssMb: number } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const [wall, user, system, rssKb] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { wall, cpu: user + system, system, rssMb: rssKb / 1024 };
}

/** autocorrect (autocorrect-node, the Rust linter for CJK text) on the same file: the baseline to beat. */
function autocorrectScript(tmp: string): string | undefined {
  try {
    require.resolve('autocorrect-node');
  } catch {
    return undefined;
  }
  const script = path.join(tmp, 'autocorrect.js');
  fs.writeFileSync(
    script,
    `const ac = require(${JSON.stringify(require.resolve('autocorrect-node'))});` +
      "const t = require('fs').readFileSync(process.argv[2], 'utf8');" +
      "console.log(ac.lintFor(t, 'report.txt').lines.length);",
  );
  return script;
}

export function cliFigures(line: Line, base: string, tmp: string, quick: boolean): { one: string; ten: string } {
  // Throughput, with a plain Node read-and-regex pass over the same text as the floor.
  const one = reportOfBytes(base, 1e6, path.join(tmp, '1mb.txt'));
  const ten = reportOfBytes(base, 1e7, path.join(tmp, '10mb.txt'));
  const floorScript = path.join(tmp, 'floor.js');
  fs.writeFileSync(
    floorScript,
    "const t=require('fs').readFileSync(process.argv[2],'utf8');let n=0;for(const m of t.matchAll(/[\\u4e00-\\u9fff]+[，。]/g))n++;console.log(n);",
  );
  const runs = quick ? 1 : 3;
  const t1 = time([CLI, '-f', 'json', one], runs);
  const t10 = time([CLI, '-f', 'json', ten], runs);
  const f10 = time([floorScript, ten], runs);
  line('CLI throughput, 1 MB, all rules', `${(1 / t1).toFixed(2)} MB/s (${t1.toFixed(2)} s)`, `node bin/reportlint.js -f json ${one}`);
  line('CLI throughput, 10 MB, all rules', `${(10 / t10).toFixed(2)} MB/s (${t10.toFixed(2)} s)`, `node bin/reportlint.js -f json ${ten}`);
  const c10 = timeWithCpu([CLI, '-f', 'json', ten]);
  line(
    'CLI, 10 MB: CPU seconds, cores busy',
    `${c10.cpu.toFixed(1)} s (${c10.system.toFixed(1)} s system), ${(c10.cpu / c10.wall).toFixed(2)} cores`,
    `/usr/bin/time node bin/reportlint.js -f json ${ten}`,
  );
  line('CLI, 10 MB: peak RSS', `${c10.rssMb.toFixed(0)} MB`, `/usr/bin/time -f %M node bin/reportlint.js -f json ${ten}`);
  line('floor: plain Node read + regex, 10 MB', `${(10 / f10).toFixed(2)} MB/s (${f10.toFixed(2)} s)`, `node ${floorScript} ${ten}`);
  line('CLI time ÷ floor time, 10 MB', `${(t10 / f10).toFixed(1)}×`, '');
  const ac = autocorrectScript(tmp);
  if (ac) {
    const a10 = time([ac, ten], runs);
    line('autocorrect-node lintFor, 10 MB (baseline)', `${(10 / a10).toFixed(2)} MB/s (${a10.toFixed(2)} s)`, `node ${ac} ${ten}`);
    line('CLI time ÷ autocorrect time, 10 MB (≤ 1.5)', `${(t10 / a10).toFixed(2)}×`, '');
  } else {
    line('autocorrect baseline', 'autocorrect-node not installed', 'npm ci');
  }
  line('growth 1 MB → 10 MB (10 = linear)', `${(t10 / t1).toFixed(1)}×`, '');

  // The 10 MB file repeats its base text; every report the corpus has, once each, repeats nothing.
  const distinct = path.join(tmp, 'distinct.txt');
  fs.writeFileSync(distinct, reports(['seeds', path.join('corpus', 'gov-work-reports'), path.join('corpus', 'cpc-congress-reports')]));
  const mb = fs.statSync(distinct).size / 1e6;
  const td = time([CLI, '-f', 'json', distinct], runs);
  line(
    `CLI, ${mb.toFixed(1)} MB never repeated, all rules`,
    `${(mb / td).toFixed(2)} MB/s (${td.toFixed(2)} s)`,
    `node bin/reportlint.js -f json ${distinct}`,
  );

  // 100 files of 100 KB: spread over the worker pool; CPU ÷ wall shows how many cores were busy.
  const many = path.join(tmp, 'many');
  fs.mkdirSync(many);
  for (let i = 0; i < 100; i++) {
    const start = (i * 104729) % Math.max(1, base.length - 40000);
    let t = base.slice(start) + base;
    while (Buffer.byteLength(t) > 1e5) t = t.slice(0, Math.floor(t.length * 0.9));
    fs.writeFileSync(path.join(many, `r${i}.txt`), t);
  }
  const m = timeWithCpu([CLI, '-f', 'json', many]);
  line(
    'CLI, 100 files of 100 KB',
    `${m.wall.toFixed(2)} s, ${(m.cpu / m.wall).toFixed(2)} cores busy`,
    `/usr/bin/time node bin/reportlint.js -f json ${many}`,
  );

  // Cold start on a one-line file.
  const oneLine = path.join(tmp, 'one-line.txt');
  fs.writeFileSync(oneLine, '一、加强组织建设，部暑工作。\n');
  const noSeg = path.join(tmp, 'no-segmenter.json');
  fs.writeFileSync(
    noSeg,
    JSON.stringify({ rules: Object.fromEntries(RULES.filter((r) => r.meta.usesSegmenter).map((r) => [r.meta.id, 'off'])) }),
  );
  line(
    'cold start, one line, rules without segmenter',
    `${(time([CLI, '--config', noSeg, oneLine], 5) * 1000).toFixed(0)} ms`,
    `node bin/reportlint.js --config ${noSeg} ${oneLine}`,
  );
  line('cold start, one line, every rule', `${(time([CLI, oneLine], 5) * 1000).toFixed(0)} ms`, `node bin/reportlint.js ${oneLine}`);
  const docxSeed = path.join(ROOT, 'test', 'fixtures', 'docx', 'seeds', '001_cda98f5bb21a5096.docx');
  line(
    'cold start, seed 001 as .docx, every rule',
    `${(time([CLI, docxSeed], 5) * 1000).toFixed(0)} ms`,
    `node bin/reportlint.js ${path.relative(ROOT, docxSeed)}`,
  );
  return { one, ten };
}

/** Where the 10 MB run's CPU goes, thread by thread: the main thread, the lint worker, V8's helper threads. */
export async function cliThreadFigures(line: Line, ten: string): Promise<void> {
  const t = await threadCpu([CLI, '-f', 'json', ten]);
  if (!t) return line('CLI, 10 MB: CPU per thread', 'no /proc here', '');
  line(
    'CLI, 10 MB: CPU s main / worker / V8 helpers',
    `${t.main.toFixed(2)} / ${t.worker.toFixed(2)} / ${t.helpers.toFixed(2)} (wall ${t.wall.toFixed(2)})`,
    'bench/thread-cpu.ts (/proc/PID/task/*/stat every 10 ms)',
  );
  // The main thread's garbage: it decides its share of the collector's work and of fresh memory's page faults.
  const script = path.join(ROOT, 'bench', 'main-allocations.ts');
  const a = spawnSync(process.execPath, ['--import', 'tsx', script, ten], { encoding: 'utf8', cwd: ROOT });
  line(
    'CLI, 10 MB: MB the main thread allocates',
    a.status === 0 ? `${a.stdout.trim()} MB (parse and its rules, sampled)` : 'failed',
    'tsx bench/main-allocations.ts (sampling heap profile, collected objects too)',
  );
}
