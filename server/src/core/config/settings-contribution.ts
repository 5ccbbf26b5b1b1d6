import { RULES } from '../rules/registry';
import { ruleDocsUrl } from '../rules/rule';

/** The VS Code settings each rule contributes; package.json must hold exactly these (a test checks). */
export function ruleSettingsContribution(): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const r of RULES) {
    props[`reportlint.rules.${r.meta.id}`] = {
      type: 'string',
      enum: ['off', 'warn', 'error'],
      default: r.meta.defaultSeverity,
      markdownDescription: `${r.meta.description}。[说明](${ruleDocsUrl(r.meta.id)})`,
      scope: 'resource',
    };
  }
  return props;
}
