import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultConfig, lint } from '../../server/src/core';
import { createLineIndex } from '../../server/src/core/parse/line-index';
import { ensureBuilt } from '../helpers/cli';
import { LspClient } from '../helpers/lsp-client';
import { seededRandom } from '../helpers/random';
import { applyEdit, randomEdit } from '../helpers/random-edits';
import { seed, SHARED } from '../helpers/seeds';
import { segmenter } from '../helpers/segmenter';

// The server lints an edited document incrementally (per-paragraph findings kept by content on its worker);
// after every edit of a random sequence, its complete diagnostics must be those of a fresh whole-document lint.
function corpusReport(): string {
  const dir = path.join(SHARED, 'corpus', 'gov-work-reports');
  return fs.readFileSync(path.join(dir, fs.readdirSync(dir).sort()[11]), 'utf8');
}

const key = (line: number, character: number, endLine: number, endCharacter: number, code: string, message: string) =>
  `${line}:${character}-${endLine}:${endCharacter} ${code} ${message}`;

function expected(text: string): string[] {
  const lines = createLineIndex(text);
  return lint(text, { config: defaultConfig(), segmenter: segmenter() }).findings.map((f) => {
    const s = lines.positionAt(f.span.start);
    const e = lines.positionAt(f.span.end);
    return key(s.line, s.character, e.line, e.character, f.ruleId, f.message);
  });
}

describe('language server: incremental linting equals a fresh lint after every edit', function () {
  this.timeout(300000);
  before(ensureBuilt);

  for (const [name, text0, run] of [
    ['seed 002', () => seed('002').text, 5],
    ['a corpus report', corpusReport, 6],
  ] as const) {
    it(`${name}: 30 random edits`, async () => {
      const rand = seededRandom(run);
      let text = text0();
      const client = new LspClient();
      await client.initialize();
      try {
        const uri = `file:///tmp/incremental-${run}.report.txt`;
        const opened = client.waitForComplete(uri, 1);
        await client.open(uri, text);
        await opened;
        for (let version = 2; version <= 31; version++) {
          const edit = randomEdit(text, rand);
          const lines = createLineIndex(text);
          const range = { start: lines.positionAt(edit.start), end: lines.positionAt(edit.end) };
          text = applyEdit(text, edit);
          const done = client.waitForComplete(uri, version);
          await client.change(uri, version, [{ range, text: edit.text }]);
          const got = (await done).diagnostics.map((d) =>
            key(d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, String(d.code), d.message),
          );
          assert.deepStrictEqual(got, expected(text), `after edit ${version - 1}: ${JSON.stringify(edit)}`);
        }
      } finally {
        await client.close();
      }
    });
  }
});
