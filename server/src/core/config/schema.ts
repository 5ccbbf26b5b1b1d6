import { RULES } from '../rules/registry';
import type { OptionSpec } from '../rules/rule';

function optionSchema(spec: OptionSpec): Record<string, unknown> {
  const base: Record<string, unknown> = { description: spec.description, default: spec.default };
  switch (spec.type) {
    case 'string[]':
      return { ...base, type: 'array', items: { type: 'string' } };
    case 'string':
      return spec.enum ? { ...base, type: 'string', enum: spec.enum } : { ...base, type: 'string' };
    case 'number':
      return { ...base, type: 'number', minimum: spec.minimum, maximum: spec.maximum };
    default:
      return { ...base, type: spec.type };
  }
}

/** JSON schema of .reportlintrc.json, generated from the rules' own metadata. */
export function configSchema(): Record<string, unknown> {
  const severity = { type: 'string', enum: ['off', 'warn', 'error'] };
  const rules: Record<string, unknown> = {};
  for (const r of RULES) {
    const options = Object.fromEntries(Object.entries(r.meta.options).map(([k, s]) => [k, optionSchema(s)]));
    rules[r.meta.id] = {
      description: `${r.meta.description}（默认 ${r.meta.defaultSeverity}）`,
      oneOf: [
        severity,
        {
          type: 'array',
          minItems: 1,
          maxItems: 2,
          items: [severity, { type: 'object', properties: options, additionalProperties: false }],
        },
      ],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'ReportLint configuration (.reportlintrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: '不再向上级目录查找配置文件' },
      rules: { type: 'object', properties: rules, additionalProperties: false },
      typos: { type: 'object', description: '自定义错别字：错误写法 → 正确写法', additionalProperties: { type: 'string', minLength: 1 } },
      allow: { type: 'array', description: '允许的词语：不报告为错别字或重复', items: { type: 'string', minLength: 1 } },
    },
  };
}
