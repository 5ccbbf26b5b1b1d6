import * as assert from 'assert';
import * as path from 'path';
import { defaultConfig, lint } from '../../server/src/core';
import { EditSessions, changedChars } from '../../server/src/node/edit-job';
import { LintEngine, type EarlyResult } from '../../server/src/node/engine';
import { loadNodeSegmenter } from '../../server/src/node/jieba-segmenter';
import { ensureBuilt } from '../helpers/cli';
import { ROOT, seed } from '../helpers/seeds';
import { segmenter } from '../helpers/segmenter';

// The editor's documents are linted by edit jobs: per-paragraph findings kept between edits, early findings
// while the segmented rules still have work, and stale jobs cancelled whether queued or under way.
describe('edit jobs: early results and cancellation', function () {
  this.timeout(120000);
  const config = defaultConfig();
  const text = seed('001').text;
  const fresh = (t: string) => lint(t, { config, segmenter: segmenter() }).findings;

  it('a job told it is stale stops, and the next one still finds what a fresh lint finds', () => {
    const sessions = new EditSessions(loadNodeSegmenter);
    let asked = 0;
    assert.deepStrictEqual(sessions.run({ kind: 'edit', key: 'a', text, config }, { isCancelled: () => ++asked > 3 }), { cancelled: true });
    const edited = text.replace('。', '，');
    assert.deepStrictEqual(sessions.run({ kind: 'edit', key: 'a', text: edited, config }).findings, fresh(edited));
  });

  it('sends the fast findings early on a first lint and after a large change, not after a small one', () => {
    const sessions = new EditSessions(loadNodeSegmenter);
    const early: unknown[] = [];
    const onEarly = (e: unknown) => early.push(e);
    sessions.run({ kind: 'edit', key: 'b', text, config }, { onEarly });
    assert.strictEqual(early.length, 1);
    sessions.run({ kind: 'edit', key: 'b', text: text + '的', config }, { onEarly });
    assert.strictEqual(early.length, 1);
    const pasted = text + '\n' + text.slice(0, 3000);
    const result = sessions.run({ kind: 'edit', key: 'b', text: pasted, config }, { onEarly });
    assert.strictEqual(early.length, 2);
    assert.deepStrictEqual(result.findings, fresh(pasted));
  });

  it('changedChars measures what lies between the common start and end', () => {
    assert.strictEqual(changedChars('abcdef', 'abXdef'), 1);
    assert.strictEqual(changedChars('abc', 'abcabc'), 3);
    assert.strictEqual(changedChars('', 'abc'), 3);
    assert.strictEqual(changedChars('aaaa', 'aa'), 2);
  });

  describe('on the worker thread', () => {
    before(ensureBuilt);
    let engine: LintEngine;
    beforeEach(() => (engine = new LintEngine({ workerScript: path.join(ROOT, 'dist', 'lint-worker.js') })));
    afterEach(() => engine.close());

    it('a newer edit of the same document cancels the one before it; the last is complete and right', async () => {
      const early: EarlyResult[] = [];
      const texts = [text, text + '的', text + '的的', text + '部暑'];
      const results = await Promise.all(texts.map((t) => engine.lintEdit({ text: t, config, key: 'doc', onEarly: (e) => early.push(e) })));
      assert.deepStrictEqual(
        results.map((r) => r.complete),
        [false, false, false, true],
      );
      assert.deepStrictEqual(results[3].findings, fresh(texts[3]));
      assert.ok(results[3].structure?.symbols.length, 'the structure comes back with the findings');
    });

    it('jobs of other documents are not cancelled', async () => {
      const [a, b] = await Promise.all([
        engine.lintEdit({ text, config, key: 'a' }),
        engine.lintEdit({ text: text + '的', config, key: 'b' }),
      ]);
      assert.ok(a.complete && b.complete);
      assert.deepStrictEqual(b.findings, fresh(text + '的'));
    });
  });
});
