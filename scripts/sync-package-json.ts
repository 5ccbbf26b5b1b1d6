// Regenerates the rule settings in package.json and schemas/reportlintrc.schema.json from the rules' metadata.
import { writeFileSync, readFileSync, mkdirSync } from 'fs';
import { configSchema } from '../server/src/core/config/schema';
import { ruleSettingsContribution } from '../server/src/core/config/settings-contribution';

const pkgPath = new URL('../package.json', import.meta.url);
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
const props = pkg.contributes.configuration.properties as Record<string, unknown>;
for (const key of Object.keys(props)) if (key.startsWith('reportlint.rules.')) delete props[key];
Object.assign(props, ruleSettingsContribution());
writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
mkdirSync(new URL('../schemas/', import.meta.url), { recursive: true });
writeFileSync(new URL('../schemas/reportlintrc.schema.json', import.meta.url), JSON.stringify(configSchema(), null, 2) + '\n');
console.log('package.json and schemas/reportlintrc.schema.json updated');
