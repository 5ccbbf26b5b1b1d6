import * as assert from 'assert';
import { defaultConfig, lint } from '../../server/src/core';
import { createLineIndex } from '../../server/src/core/parse/line-index';
import { ensureBuilt } from '../helpers/cli';
import { LspClient } from '../helpers/lsp-client';
import { seed } from '../helpers/seeds';
import { segmenter } from '../helpers/segmenter';
import { seededRandom as random } from '../helpers/random';

const INSERTS = [
  '部暑',
  '。',
  '，',
  '\n',
  '一、',
  '三、',
  '（二）',
  '共计20余场',
  '机机',
  ',',
  '“',
  '一是',
  '四是',
  'X月X日',
  '截止2020年',
  '',
];

describe('language server: incremental edits end where a fresh lint ends (differential)', function () {
  this.timeout(120000);
  before(ensureBuilt);

  for (const seedNo of [1, 2, 3]) {
    it(`random didChange edits on seed 000, run ${seedNo}`, async () => {
      const rand = random(seedNo);
      let text = seed('000').text;
      const client = new LspClient();
      await client.initialize();
      try {
        const uri = `file:///tmp/differential-${seedNo}.report.txt`;
        const opened = client.waitForDiagnostics(uri);
        await client.open(uri, text);
        await opened;
        let version = 1;
        for (let i = 0; i < 40; i++) {
          const lines = createLineIndex(text);
          const start = Math.floor(rand() * (text.length + 1));
          const end = Math.min(text.length, start + Math.floor(rand() * 6));
          const insert = INSERTS[Math.floor(rand() * INSERTS.length)];
          const range = { start: lines.positionAt(start), end: lines.positionAt(end) };
          text = text.slice(0, start) + insert + text.slice(end);
          await client.change(uri, ++version, [{ range, text: insert }]);
        }
        const expected = lint(text, { config: defaultConfig(), segmenter: segmenter() }).findings;
        const lines = createLineIndex(text);
        const key = (line: number, character: number, code: string, message: string) => `${line}:${character} ${code} ${message}`;
        const want = expected.map((f) => {
          const p = lines.positionAt(f.span.start);
          return key(p.line, p.character, f.ruleId, f.message);
        });
        let last: string[] = [];
        await client
          .waitForDiagnostics(
            uri,
            (p) => {
              if (p.version !== version) return false;
              last = p.diagnostics.map((d) => key(d.range.start.line, d.range.start.character, String(d.code), d.message));
              return JSON.stringify([...last].sort()) === JSON.stringify([...want].sort());
            },
            30000,
          )
          .catch((err) => {
            assert.deepStrictEqual([...last].sort(), [...want].sort(), String(err));
          });
      } finally {
        await client.close();
      }
    });
  }
});
