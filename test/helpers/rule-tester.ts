import * as assert from 'assert';
import { defaultConfig, fixText, lint, type Rule } from '../../server/src/core';
import type { Segmenter } from '../../server/src/core';

export interface InvalidCase {
  code: string;
  errors: { line: number; column?: number; message?: RegExp | string; text?: string }[];
  /** Text after --fix; omit when nothing is fixable. */
  output?: string;
  options?: Record<string, unknown>;
}

export interface ValidCase {
  code: string;
  options?: Record<string, unknown>;
}

const title = (code: string) => {
  const one = code.replace(/\r?\n/g, '⏎');
  return one.length > 70 ? one.slice(0, 70) + '…' : one;
};

/** ESLint-style table test: valid texts give no finding, invalid ones give exactly the listed findings and fix to `output`. */
export function testRule(
  rule: Rule,
  cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] },
  extra: { segmenter?: () => Segmenter | undefined; allow?: string[]; typos?: Record<string, string>; alsoOn?: string[] } = {},
): void {
  const run = (code: string, options?: Record<string, unknown>) => {
    const config = defaultConfig();
    // Only the rule under test runs; rules in alsoOn are on in the configuration, for a rule that defers to them.
    for (const id of Object.keys(config.rules)) {
      config.rules[id].severity = id === rule.meta.id ? 'error' : extra.alsoOn?.includes(id) ? 'warn' : 'off';
    }
    if (!config.rules[rule.meta.id]) config.rules[rule.meta.id] = { severity: 'error', options: {} };
    config.rules[rule.meta.id].options = { ...config.rules[rule.meta.id].options, ...(options ?? {}) };
    config.allow = extra.allow ?? [];
    config.typos = extra.typos ?? {};
    const opts = { config, rules: [rule], segmenter: extra.segmenter?.() };
    return { result: lint(code, opts), fixed: fixText(code, opts) };
  };
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        const code = typeof c === 'string' ? c : c.code;
        it(title(code), () => {
          const { result } = run(code, typeof c === 'string' ? undefined : c.options);
          assert.deepStrictEqual(
            result.findings.map((f) => `${result.doc.lines.positionAt(f.span.start).line + 1}: ${f.message}`),
            [],
          );
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(title(c.code), () => {
          const { result, fixed } = run(c.code, c.options);
          const got = result.findings.map((f) => {
            const p = result.doc.lines.positionAt(f.span.start);
            return { line: p.line + 1, column: p.character + 1, message: f.message, text: c.code.slice(f.span.start, f.span.end) };
          });
          assert.strictEqual(got.length, c.errors.length, `findings: ${JSON.stringify(got, null, 1)}`);
          c.errors.forEach((e, i) => {
            assert.strictEqual(got[i].line, e.line, `line of finding ${i}: ${got[i].message}`);
            if (e.column !== undefined) assert.strictEqual(got[i].column, e.column, `column of finding ${i}`);
            if (e.text !== undefined) assert.strictEqual(got[i].text, e.text, `text of finding ${i}`);
            if (typeof e.message === 'string') assert.strictEqual(got[i].message, e.message);
            else if (e.message) assert.match(got[i].message, e.message);
          });
          assert.strictEqual(fixed.text, c.output ?? c.code, 'fixed output');
          if (c.output !== undefined) {
            assert.deepStrictEqual(
              fixed.result.findings.filter((f) => f.fix).map((f) => f.message),
              [],
              'fixable findings left after --fix',
            );
          }
        });
      }
    });
  });
}
