import * as assert from 'assert';
import { ensureBuilt } from '../helpers/cli';
import { LspClient } from '../helpers/lsp-client';
import { seed } from '../helpers/seeds';

// The debounce holds back a burst of typing while a lint of the document runs; an edit that finds no lint
// running is linted at once, however soon it follows the one before.
describe('language server: when an edit is linted', function () {
  this.timeout(60000);
  before(ensureBuilt);

  it('at once when no lint of the document is running, even right after the previous edit', async () => {
    const debounceMs = 3000;
    const client = new LspClient({ debounceMs });
    await client.initialize();
    try {
      const uri = 'file:///tmp/debounce.report.txt';
      const opened = client.waitForComplete(uri, 1);
      await client.open(uri, seed('001').text);
      await opened;
      for (let version = 2; version <= 4; version++) {
        const t0 = Date.now();
        const done = client.waitForComplete(uri, version);
        await client.change(uri, version, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '的' }]);
        await done;
        assert.ok(Date.now() - t0 < debounceMs / 2, `edit ${version - 1} waited ${Date.now() - t0} ms`);
      }
    } finally {
      await client.close();
    }
  });
});
