// CPU seconds per thread of a process run to its end, sampled from /proc/PID/task/*/stat (Linux only): which
// thread is the critical path, and how much the V8 helper threads (optimising compiler, garbage collector) take.
import { spawn } from 'child_process';
import * as fs from 'fs';

export interface ThreadCpu {
  wall: number;
  /** user + system seconds of the main thread, of the busiest other thread (the lint worker), of all the rest. */
  main: number;
  worker: number;
  helpers: number;
  /** System seconds over every thread (mostly page faults of fresh memory on a VM). */
  system: number;
}

/** Clock ticks per second of /proc's utime and stime: 100 on every Linux Node runs on. */
const TICKS = 100;

function readTasks(pid: number, into: Map<string, { user: number; system: number }>): void {
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return; // the process has ended
  }
  for (const tid of tids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      into.set(tid, { user: Number(fields[11]) / TICKS, system: Number(fields[12]) / TICKS });
    } catch {
      // a thread that has just ended keeps the last figures read
    }
  }
}

/** Runs `node args` to its end, reading every thread's CPU time every 10 ms; undefined where /proc is absent. */
export function threadCpu(args: string[]): Promise<ThreadCpu | undefined> {
  if (!fs.existsSync('/proc/self/task')) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    const seen = new Map<string, { user: number; system: number }>();
    const timer = setInterval(() => readTasks(child.pid!, seen), 10);
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(timer);
      const cpu = (tid: string) => seen.get(tid)!.user + seen.get(tid)!.system;
      const main = seen.has(String(child.pid)) ? cpu(String(child.pid)) : 0;
      const others = [...seen.keys()].filter((t) => t !== String(child.pid)).map(cpu);
      const worker = Math.max(0, ...others);
      const helpers = others.reduce((a, b) => a + b, 0) - worker;
      const system = [...seen.values()].reduce((a, t) => a + t.system, 0);
      resolve({ wall: (performance.now() - t0) / 1000, main, worker, helpers, system });
    });
  });
}
