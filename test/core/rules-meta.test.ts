import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../server/src/core';
import { configSchema } from '../../server/src/core/config/schema';
import { ruleSettingsContribution } from '../../server/src/core/config/settings-contribution';
import { ROOT } from '../helpers/seeds';

describe('rule metadata', () => {
  for (const rule of RULES) {
    describe(rule.meta.id, () => {
      it('has a doc page, a rule test table and a Chinese description', () => {
        assert.ok(fs.existsSync(path.join(ROOT, 'docs', 'rules', `${rule.meta.id}.md`)), 'docs page missing');
        assert.ok(fs.existsSync(path.join(ROOT, 'test', 'core', 'rules', `${rule.meta.id}.test.ts`)), 'rule test missing');
        assert.match(rule.meta.description, /[\u4e00-\u9fff]/);
      });
    });
  }

  it('rule ids are unique', () => {
    const ids = RULES.map((r) => r.meta.id);
    assert.strictEqual(new Set(ids).size, ids.length);
  });

  it('package.json settings and the config schema match the rules (run `npm run sync` after changing a rule)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const props = pkg.contributes.configuration.properties;
    const inPackage = Object.fromEntries(Object.entries(props).filter(([k]) => k.startsWith('reportlint.rules.')));
    assert.deepStrictEqual(inPackage, ruleSettingsContribution());
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'reportlintrc.schema.json'), 'utf8'));
    assert.deepStrictEqual(schema, JSON.parse(JSON.stringify(configSchema())));
  });

  it('the README rules table and each docs page state the default severity and fixability the metadata has', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const rows = new Map<string, { severity: string; fix: string }>();
    for (const m of readme.matchAll(/^\| \[([a-z-]+)\]\(docs\/rules\/\1\.md\) \| (\w+) \| ([^|]+?) \|/gm))
      rows.set(m[1], { severity: m[2], fix: m[3] });
    assert.deepStrictEqual([...rows.keys()].sort(), RULES.map((r) => r.meta.id).sort(), 'one README row a rule');
    for (const { meta } of RULES) {
      const row = rows.get(meta.id)!;
      assert.strictEqual(row.severity, meta.defaultSeverity, `README default of ${meta.id}`);
      // Not fixable: no fix ("–") or suggestions only; fixable: a fix, maybe for some findings only.
      assert.strictEqual(row.fix === '–' || row.fix === 'suggestion', !meta.fixable, `README fix column of ${meta.id}: ${row.fix}`);
      const page = fs.readFileSync(path.join(ROOT, 'docs', 'rules', `${meta.id}.md`), 'utf8');
      assert.match(page, new RegExp(`^- 默认级别：${meta.defaultSeverity}$`, 'm'), `docs/rules/${meta.id}.md`);
    }
  });
});
