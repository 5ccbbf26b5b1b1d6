// The CLI's entry (dist/cli.js). A lint starts its first worker thread before the rest of the CLI loads: the
// worker reads its dictionary and model while this thread loads its own code and reads and parses the files.
// The rest is imported after that, so the bundle evaluates it only then.
import * as path from 'path';
import { startEarlyWorker } from '../node/early-worker';

/** Whether the arguments ask for a lint (not help, the version, an outline or an extraction), which runs a worker. */
function asksForLint(argv: readonly string[]): boolean {
  if (argv[0] === 'outline' || argv[0] === 'extract') return false;
  return !argv.some((a) => a === '-h' || a === '--help' || a === '-v' || a === '--version');
}

if (asksForLint(process.argv.slice(2))) startEarlyWorker(path.join(__dirname, 'lint-worker.js'));

void import('./start').then((cli) => cli.start());
