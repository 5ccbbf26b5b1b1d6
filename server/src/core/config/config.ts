import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { createLineIndex } from '../parse/line-index';
import { RULES, RULES_BY_ID } from '../rules/registry';
import type { OptionSpec, Severity } from '../rules/rule';

export const CONFIG_FILE_NAME = '.reportlintrc.json';

export type RuleEntry = Severity | [Severity] | [Severity, Record<string, unknown>];

/** What a .reportlintrc.json (or the editor's settings) may say. */
export interface ConfigLayer {
  /** Stop looking further up the tree for more config files. */
  root?: boolean;
  rules?: Record<string, RuleEntry>;
  /** Extra wrong -> right pairs for the typo rule. */
  typos?: Record<string, string>;
  /** Words never reported by the typo and repeat rules. */
  allow?: string[];
}

export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  typos: Record<string, string>;
  allow: string[];
}

export class ConfigError extends Error {
  constructor(
    readonly filePath: string,
    readonly line: number, // 1-based
    readonly column: number, // 1-based
    readonly problem: string,
  ) {
    super(`${filePath}:${line}:${column}: ${problem}`);
    this.name = 'ConfigError';
  }
}

const SEVERITIES: readonly Severity[] = ['off', 'warn', 'error'];

export function defaultConfig(): ResolvedConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const r of RULES) {
    const options: Record<string, unknown> = {};
    for (const [k, spec] of Object.entries(r.meta.options)) options[k] = spec.default;
    rules[r.meta.id] = { severity: r.meta.defaultSeverity, options };
  }
  return { rules, typos: {}, allow: [] };
}

/** Layers later in the list win. */
export function resolveConfig(layers: readonly ConfigLayer[]): ResolvedConfig {
  const out = defaultConfig();
  for (const layer of layers) {
    for (const [id, entry] of Object.entries(layer.rules ?? {})) {
      const current = out.rules[id];
      if (!current) continue;
      const [severity, options] = Array.isArray(entry) ? entry : [entry, undefined];
      out.rules[id] = { severity, options: { ...current.options, ...(options ?? {}) } };
    }
    Object.assign(out.typos, layer.typos ?? {});
    for (const w of layer.allow ?? []) if (!out.allow.includes(w)) out.allow.push(w);
  }
  return out;
}

/** Parses and validates a config file's text (JSON with comments). Throws ConfigError naming the place. */
export function parseConfigText(text: string, filePath: string): ConfigLayer {
  const errors: ParseError[] = [];
  const tree = parseTree(text.replace(/^\ufeff/, ''), errors, { allowTrailingComma: true, disallowComments: false });
  const lines = createLineIndex(text);
  const fail = (offset: number, problem: string): never => {
    const p = lines.positionAt(offset);
    throw new ConfigError(filePath, p.line + 1, p.character + 1, problem);
  };
  if (errors.length) fail(errors[0].offset, `JSON 语法错误（${printParseErrorCode(errors[0].error)}）`);
  if (!tree || tree.type !== 'object') return fail(tree?.offset ?? 0, '配置文件应为一个 JSON 对象');
  validateLayer(tree, fail);
  const value = JSON.parse(JSON.stringify(nodeValue(tree))) as ConfigLayer;
  return value;
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const p of node.children ?? []) o[p.children![0].value] = nodeValue(p.children![1]);
      return o;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

type Fail = (offset: number, problem: string) => never;

function validateLayer(tree: Node, fail: Fail): void {
  for (const prop of tree.children ?? []) {
    const [key, value] = prop.children!;
    switch (key.value) {
      case '$schema':
        if (value.type !== 'string') fail(value.offset, '"$schema" 应为字符串');
        break;
      case 'root':
        if (value.type !== 'boolean') fail(value.offset, '"root" 应为 true 或 false');
        break;
      case 'rules':
        if (value.type !== 'object') fail(value.offset, '"rules" 应为对象：{ "规则名": "off" | "warn" | "error" }');
        for (const rp of value.children ?? []) validateRuleEntry(rp, fail);
        break;
      case 'typos':
        if (value.type !== 'object') fail(value.offset, '"typos" 应为对象：{ "错误写法": "正确写法" }');
        for (const tp of value.children ?? []) {
          const [k, v] = tp.children!;
          if (v.type !== 'string' || !v.value) fail(v.offset, `"typos" 中 "${k.value}" 的改正应为非空字符串`);
          if (!k.value) fail(k.offset, '"typos" 的错误写法不能为空');
        }
        break;
      case 'allow':
        if (value.type !== 'array') fail(value.offset, '"allow" 应为字符串数组');
        for (const w of value.children ?? []) if (w.type !== 'string' || !w.value) fail(w.offset, '"allow" 的每一项应为非空字符串');
        break;
      default:
        fail(key.offset, `未知的配置项 "${key.value}"（可用：rules、typos、allow、root）`);
    }
  }
}

function validateRuleEntry(prop: Node, fail: Fail): void {
  const [key, value] = prop.children!;
  const rule = RULES_BY_ID.get(key.value);
  if (!rule) fail(key.offset, `未知的规则 "${key.value}"（可用：${[...RULES_BY_ID.keys()].join('、')}）`);
  let severityNode = value;
  let optionsNode: Node | undefined;
  if (value.type === 'array') {
    if (!value.children?.length || value.children.length > 2) fail(value.offset, `规则 "${key.value}" 应写作 "warn" 或 ["warn", { 选项 }]`);
    severityNode = value.children![0];
    optionsNode = value.children![1];
  }
  if (severityNode.type !== 'string' || !SEVERITIES.includes(severityNode.value)) {
    fail(
      severityNode.offset,
      `规则 "${key.value}" 的级别应为 "off"、"warn" 或 "error"，而不是 ${JSON.stringify(severityNode.value ?? severityNode.type)}`,
    );
  }
  if (!optionsNode) return;
  if (optionsNode.type !== 'object') fail(optionsNode.offset, `规则 "${key.value}" 的选项应为对象`);
  for (const op of optionsNode.children ?? []) {
    const [ok, ov] = op.children!;
    const spec = rule!.meta.options[ok.value];
    if (!spec) {
      const known = Object.keys(rule!.meta.options);
      fail(ok.offset, `规则 "${key.value}" 没有选项 "${ok.value}"${known.length ? `（可用：${known.join('、')}）` : ''}`);
    }
    const problem = checkOption(spec!, ov);
    if (problem) fail(ov.offset, `规则 "${key.value}" 的选项 "${ok.value}" ${problem}`);
  }
}

function checkOption(spec: OptionSpec, node: Node): string | null {
  switch (spec.type) {
    case 'number':
      if (node.type !== 'number') return '应为数字';
      if (spec.minimum !== undefined && node.value < spec.minimum) return `不应小于 ${spec.minimum}`;
      if (spec.maximum !== undefined && node.value > spec.maximum) return `不应大于 ${spec.maximum}`;
      return null;
    case 'boolean':
      return node.type === 'boolean' ? null : '应为 true 或 false';
    case 'string':
      if (node.type !== 'string') return '应为字符串';
      return spec.enum && !spec.enum.includes(node.value) ? `应为 ${spec.enum.join('、')} 之一` : null;
    case 'string[]':
      return node.type === 'array' && (node.children ?? []).every((c) => c.type === 'string') ? null : '应为字符串数组';
    case 'object':
      return node.type === 'object' ? null : '应为对象';
  }
}

/** Settings from an editor arrive as plain objects: validate them the same way, by their JSON text. */
export function configLayerFromObject(value: unknown, origin: string): ConfigLayer {
  return parseConfigText(JSON.stringify(value ?? {}, null, 2), origin);
}
