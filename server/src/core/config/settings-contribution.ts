import { RULES } from '../rules/registry';

/** The VS Code settings each rule contributes; package.json must hold exactly these (a test checks). */
export function ruleSettingsContribution(): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const r of RULES) {
    props[`reportlint.rules.${r.meta.id}`] = {
      type: 'string',
      enum: ['off', 'warn', 'error'],
      default: r.meta.defaultSeverity,
      markdownDescription: `${r.meta.description}。[说明](https://github.com/reportlint/reportlint/blob/main/docs/rules/${r.meta.id}.md)`,
      scope: 'resource',
    };
  }
  return props;
}
