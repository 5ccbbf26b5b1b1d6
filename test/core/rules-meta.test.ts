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
});
