import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ensureBuilt, runCli, tempDir } from './helpers/cli';
import { LspClient } from './helpers/lsp-client';
import { ROOT } from './helpers/seeds';

// The editor, `reportlint` and `reportlint --fix` go through one engine: on the seeds and a sample of the
// corpus they must report the same findings, to the column and the message.
const SHARED = path.resolve(ROOT, '..', 'shared');

function sample(): string[] {
  const seeds = fs
    .readdirSync(path.join(SHARED, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(SHARED, 'seeds', f));
  const corpusDir = path.join(SHARED, 'corpus', 'gov-work-reports');
  const corpus = fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).sort() : [];
  // Every twelfth report of the corpus: different decades, not picked by what they contain.
  return [...seeds, ...corpus.filter((_, i) => i % 12 === 5).map((f) => path.join(corpusDir, f))];
}

/**
 * Every third report of the corpus in one file, near 1 MB: large enough that the CLI spreads the files over
 * its worker pool and the editor lints it whole on a worker.
 */
function joinedCorpus(dir: string): string {
  const corpusDir = path.join(SHARED, 'corpus', 'gov-work-reports');
  const corpus = fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).sort() : [];
  const file = path.join(dir, 'joined.txt');
  fs.writeFileSync(
    file,
    corpus
      .filter((_, i) => i % 3 === 0)
      .map((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8'))
      .join('\n'),
  );
  return file;
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; line: number; column: number; message: string }[];
}

const key = (line: number, column: number, ruleId: string, message: string) => `${line}:${column} ${ruleId} ${message}`;

function cliFindings(args: string[]): Map<string, string[]> {
  const r = runCli(['-f', 'json', ...args]);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  const out = new Map<string, string[]>();
  for (const f of JSON.parse(r.stdout) as JsonResult[])
    out.set(f.filePath, f.messages.map((m) => key(m.line, m.column, m.ruleId, m.message)).sort());
  return out;
}

async function editorFindings(files: string[], want: Map<string, string[]>): Promise<Map<string, string[]>> {
  const client = new LspClient();
  await client.initialize();
  const out = new Map<string, string[]>();
  try {
    for (const file of files) {
      const uri = pathToFileURL(file).href;
      const expected = JSON.stringify(want.get(file));
      let last: string[] = [];
      const done = client.waitForDiagnostics(
        uri,
        (p) => {
          last = p.diagnostics.map((d) => key(d.range.start.line + 1, d.range.start.character + 1, String(d.code), d.message)).sort();
          return JSON.stringify(last) === expected;
        },
        60000,
      );
      await client.open(uri, fs.readFileSync(file, 'utf8'));
      await done.catch(() => undefined); // compared below, with the difference shown
      out.set(file, last);
    }
  } finally {
    await client.close();
  }
  return out;
}

describe('one engine: the editor, reportlint and reportlint --fix agree', function () {
  this.timeout(600000);
  before(ensureBuilt);

  it('on the seeds and a corpus sample', async () => {
    const dir = tempDir();
    const originals = sample();
    const files = originals.map((f, i) => {
      const copy = path.join(dir, `${String(i).padStart(2, '0')}_${path.basename(f)}`);
      fs.copyFileSync(f, copy);
      fs.chmodSync(copy, 0o644); // the corpus is read-only, and --fix refuses read-only files
      return copy;
    });
    const joined = joinedCorpus(dir);
    originals.push(path.join(dir, 'joined.orig.txt'));
    fs.copyFileSync(joined, originals[originals.length - 1]);
    files.push(joined);
    assert.ok(files.length >= 8, `only ${files.length} files in the sample`);

    // Many files at once (the worker pool) and one at a time (this thread and one worker) agree.
    const together = cliFindings(files);
    for (const f of files.slice(0, 2)) assert.deepStrictEqual(cliFindings([f]).get(f), together.get(f), f);
    assert.ok(
      [...together.values()].some((m) => m.some((k) => / (typo|repeated-char) /.test(k))),
      'the sample has segmented findings',
    );

    const editor = await editorFindings(files, together);
    for (const f of files) assert.deepStrictEqual(editor.get(f), together.get(f), `editor vs CLI on ${path.basename(f)}`);

    // --fix reports what is left after fixing: exactly what a plain run and the editor find in the fixed files.
    const afterFix = cliFindings(['--fix', ...files]);
    const fixedFiles = files.filter((f) => fs.readFileSync(f, 'utf8') !== fs.readFileSync(originals[files.indexOf(f)], 'utf8'));
    assert.ok(fixedFiles.length > 0, 'something in the sample is fixable');
    const relinted = cliFindings(files);
    for (const f of files) assert.deepStrictEqual(afterFix.get(f), relinted.get(f), `--fix vs a plain run on ${path.basename(f)}`);
    const editorAfter = await editorFindings(fixedFiles, relinted);
    for (const f of fixedFiles) assert.deepStrictEqual(editorAfter.get(f), relinted.get(f), `editor vs --fix on ${path.basename(f)}`);
    // And --fix on one file alone (fixing in this thread) writes the same text as the pool did.
    const single = path.join(dir, 'single.txt');
    fs.copyFileSync(originals[files.indexOf(fixedFiles[0])], single);
    fs.chmodSync(single, 0o644);
    runCli(['--fix', single]);
    assert.strictEqual(fs.readFileSync(single, 'utf8'), fs.readFileSync(fixedFiles[0], 'utf8'));
  });
});
