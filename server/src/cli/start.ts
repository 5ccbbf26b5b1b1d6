import { main } from './main';
import { LintEngine } from '../node/engine';
import { defaultPoolSize } from '../node/worker-pool';

declare const REPORTLINT_VERSION: string;

/** Reads standard input, but stops one chunk past maxBytes: an endless or huge pipe is refused, not buffered. */
async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > maxBytes) break; // leaving the loop destroys the stream
  }
  return Buffer.concat(chunks);
}

// A closed pipe (reportlint … | head) ends the output, not the process with a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

/** Runs the CLI on this process's arguments and streams. */
export function start(): Promise<void> {
  return main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin,
    isTTY: process.stdout.isTTY,
    progress: process.stderr.isTTY ? (s) => process.stderr.write(s) : undefined,
    engine: () => new LintEngine({ threads: defaultPoolSize() }),
    version: typeof REPORTLINT_VERSION === 'string' ? REPORTLINT_VERSION : 'dev',
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`reportlint: ${err?.stack ?? err}\n`);
      process.exitCode = 2;
    },
  );
}
