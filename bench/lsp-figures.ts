// Language-server figures for npm run bench: edit latencies on a 100,000-character report and a 1 MB document,
// hover and symbols while a lint runs, RSS. Over stdio, as an editor drives it.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LspClient } from '../test/helpers/lsp-client';

export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

/** CPU seconds the process has used, every thread counted (user + system): a figure a busy machine disturbs little. */
export function cpuSecondsOf(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

const p50p95 = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(0)} ms, p95 ${percentile(xs, 95).toFixed(0)} ms`;

/** Complete diagnostics: the server says which are (both phases) and which are the early ones. */
function waitForLinted(client: LspClient, uri: string, version: number): Promise<unknown> {
  return client.waitForComplete(uri, version, 120000);
}

/** Edits one character per line at spread-out lines; times to the first and the complete diagnostics. */
async function editLatencies(client: LspClient, uri: string, text: string, edits: number, version: { v: number }) {
  const lineCount = text.split('\n').length - 1;
  const first: number[] = [];
  const complete: number[] = [];
  for (let i = 0; i < edits; i++) {
    const line = Math.floor((i * 7919) % lineCount);
    const v = ++version.v;
    let firstAt = 0;
    const t0 = performance.now();
    const published = client.waitForDiagnostics(uri, (p) => p.version === v && (firstAt ||= performance.now() - t0) > 0, 120000);
    const done = waitForLinted(client, uri, v);
    await client.change(uri, v, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '的' }]);
    await Promise.all([published, done]);
    first.push(firstAt);
    complete.push(performance.now() - t0);
  }
  return { first: p50p95(first), complete: p50p95(complete) };
}

/** Hover and document symbols sent right after an edit, while its lint runs. */
async function requestsDuringLint(client: LspClient, uri: string, version: { v: number }, rounds: number) {
  const hover: number[] = [];
  const symbols: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const v = ++version.v;
    const linted = waitForLinted(client, uri, v);
    await client.change(uri, v, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '的' }]);
    const t0 = performance.now();
    await Promise.all([
      client
        .request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } })
        .then(() => hover.push(performance.now() - t0)),
      client.request('textDocument/documentSymbol', { textDocument: { uri } }).then(() => symbols.push(performance.now() - t0)),
    ]);
    await linted;
  }
  return { hover: p50p95(hover), symbols: p50p95(symbols) };
}

export async function lspFigures(base: string, tmp: string, quick: boolean): Promise<Record<string, string>> {
  const results: Record<string, string> = {};
  const text = base.slice(0, 100000);
  const file = path.join(tmp, 'lsp.report.txt');
  fs.writeFileSync(file, text);
  const uri = 'file://' + file;

  // RSS before the segmenter loads: segmented rules off.
  {
    const client = new LspClient({}, { rules: { typo: 'off', 'repeated-char': 'off' } });
    await client.initialize();
    const w = client.waitForDiagnostics(uri);
    await client.open(uri, text);
    await w;
    results.rssBefore = `${rssOf(client.proc.pid!).toFixed(0)} MB`;
    await client.close();
  }

  const client = new LspClient();
  await client.initialize();
  const version = { v: 1 };
  const opened = waitForLinted(client, uri, 1);
  await client.open(uri, text);
  await opened;
  const cpu0 = cpuSecondsOf(client.proc.pid!);
  const edits = await editLatencies(client, uri, text, quick ? 50 : 200, version);
  results.cpuPerEdit = `${(((cpuSecondsOf(client.proc.pid!) - cpu0) * 1000) / (quick ? 50 : 200)).toFixed(0)} ms`;
  results.fast = edits.first;
  results.full = edits.complete;
  const during = await requestsDuringLint(client, uri, version, quick ? 20 : 50);
  results.hover = during.hover;
  results.symbols = during.symbols;
  // 1,000 edits in all, then RSS.
  for (let i = version.v; i < 1000; i++) {
    ++version.v;
    await client.change(uri, version.v, [
      { range: { start: { line: i % 50, character: 0 }, end: { line: i % 50, character: 0 } }, text: '的' },
    ]);
  }
  await waitForLinted(client, uri, version.v).catch(() => undefined);
  results.rssAfter = `${rssOf(client.proc.pid!).toFixed(0)} MB`;
  await client.close();

  // A 1 MB document (about 350,000 characters): linted whole on a worker.
  {
    let big = '';
    while (Buffer.byteLength(big) < 1e6) big += base.slice(0, 200000) + '\n';
    const bigUri = 'file://' + path.join(tmp, 'big.report.txt');
    const c = new LspClient();
    await c.initialize();
    const w = waitForLinted(c, bigUri, 1);
    await c.open(bigUri, big);
    await w;
    const v = { v: 1 };
    const bigCpu0 = cpuSecondsOf(c.proc.pid!);
    results.big = (await editLatencies(c, bigUri, big, quick ? 10 : 40, v)).complete;
    results.bigCpuPerEdit = `${(((cpuSecondsOf(c.proc.pid!) - bigCpu0) * 1000) / (quick ? 10 : 40)).toFixed(0)} ms`;
    const d = await requestsDuringLint(c, bigUri, v, quick ? 5 : 20);
    results.bigHover = d.hover;
    results.bigSymbols = d.symbols;
    await c.close();
  }
  return results;
}

/** Run alone (`npx tsx bench/lsp-figures.ts [--quick]`): the server figures without the rest of the bench. */
if (require.main === module) {
  const shared = path.join(__dirname, '..', '..', 'shared');
  const files: string[] = [];
  for (const dir of [path.join(shared, 'seeds'), path.join(shared, 'corpus', 'gov-work-reports')]) {
    if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir).sort()) files.push(path.join(dir, f));
  }
  const base = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-lsp-'));
  lspFigures(base, tmp, process.argv.includes('--quick')).then(
    (r) => {
      for (const [k, v] of Object.entries(r)) console.log(`${k.padEnd(12)} ${v}`);
      fs.rmSync(tmp, { recursive: true, force: true });
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
