import * as assert from 'assert';
import * as fs from 'fs';
import { TrigramModel } from '../../server/src/core/segment/context-model';
import { WordIds } from '../../server/src/core/segment/word-ids';
import { fnv1a } from '../../server/src/core/segment/prefix-table';
import { loadContextModel } from '../../server/src/node/context-model-loader';
import { seedFiles } from '../helpers/seeds';

const BEAM = 3;

/**
 * The model's best-path score computed the plain way: every window of up to maxWordLength characters sliced out
 * and looked up by itself, no early stop, all hypotheses kept and the best BEAM per position taken by sorting.
 */
function plainScore(model: TrigramModel, text: string): number {
  type Hyp = { score: number; prev: number; last: number };
  const at: Hyp[][] = Array.from({ length: text.length + 1 }, () => []);
  at[0] = [{ score: 0, prev: -1, last: 0 }];
  for (let i = 0; i < text.length; i++) {
    const hyps = at[i];
    for (let len = 1; len <= Math.min(model.maxWordLength, text.length - i); len++) {
      const id = model.idOf(text.slice(i, i + len));
      if (id < 0 && len > 1) continue;
      for (const h of hyps) {
        const s = h.score + model.logProb(h.prev, h.last, id);
        const list = at[i + len];
        const same = id >= 0 ? list.findIndex((x) => x.last === id) : -1;
        if (same >= 0) {
          if (list[same].score >= s) continue;
          list.splice(same, 1);
        }
        list.push({ score: s, prev: h.last, last: id });
        list.sort((a, b) => b.score - a.score);
        // Ties keep the hypothesis that came first, as the scorer's insertion does.
        if (list.length > BEAM) list.length = BEAM;
      }
    }
  }
  return at[text.length].length ? at[text.length][0].score : -Infinity;
}

describe('context model: word ids', () => {
  it('gives each word its index, the first of a repeated word, and nothing for a prefix or an unknown word', () => {
    const ids = new WordIds(['', '中心', '中', '人民', '中心', '中华人民共和国']);
    assert.strictEqual(ids.idOf('中心'), 1);
    assert.strictEqual(ids.idOf('中'), 2);
    assert.strictEqual(ids.idOf('人民'), 3);
    assert.strictEqual(ids.idOf('中华人民共和国'), 5);
    assert.strictEqual(ids.idOf('中华'), -1, 'a prefix only');
    assert.strictEqual(ids.idOf('民'), -1);
    assert.strictEqual(ids.idOf(''), -1);
    assert.strictEqual(ids.maxLength, 7);
    const text = '以中华人民共和国';
    assert.ok(ids.entryAt(text, 1, 2, fnv1a('中华')) >= 0, 'a prefix has an entry');
    assert.strictEqual(ids.idAt(ids.entryAt(text, 1, 2, fnv1a('中华'))), -1);
    assert.strictEqual(ids.entryAt(text, 0, 2, fnv1a('以中')), -1, 'no word starts so');
  });

  it('scores the seeds’ clauses exactly as the plain reading of every window does', function () {
    this.timeout(60000);
    const model = loadContextModel() as TrigramModel;
    assert.ok(model instanceof TrigramModel);
    const clauses = seedFiles()
      .flatMap((f) => fs.readFileSync(f, 'utf8').split(/[，。；：！？、\s（）“”《》]+/))
      .filter((c) => c.length >= 2);
    assert.ok(clauses.length > 1000);
    for (const clause of clauses.slice(0, 3000)) {
      const window = clause.slice(0, 24);
      assert.strictEqual(model.score(window), plainScore(model, window), window);
    }
  });
});
