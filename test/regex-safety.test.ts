import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkSync } from 'recheck';
import * as ts from 'typescript';
import { ROOT } from './helpers/seeds';

/** Every regular expression literal in the shipped sources, with where it is. */
function regexLiterals(): { source: string; flags: string; where: string }[] {
  const out: { source: string; flags: string; where: string }[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) {
        const sf = ts.createSourceFile(p, fs.readFileSync(p, 'utf8'), ts.ScriptTarget.ES2022, true);
        const visit = (node: ts.Node) => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = node.getText(sf);
            const end = text.lastIndexOf('/');
            const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
            out.push({ source: text.slice(1, end), flags: text.slice(end + 1), where: `${path.relative(ROOT, p)}:${line}` });
          }
          ts.forEachChild(node, visit);
        };
        visit(sf);
      }
    }
  };
  walk(path.join(ROOT, 'server', 'src'));
  walk(path.join(ROOT, 'client', 'src'));
  return out;
}

describe('regular expressions are safe from catastrophic backtracking (recheck)', function () {
  this.timeout(120000);
  const literals = regexLiterals();
  it('finds the literals', () => assert.ok(literals.length > 50, String(literals.length)));
  for (const r of literals) {
    it(`${r.where} /${r.source.length > 50 ? r.source.slice(0, 50) + '…' : r.source}/`, () => {
      const result = checkSync(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 10000 });
      const summary = result.status === 'vulnerable' ? `${result.complexity.summary}, e.g. ${result.attack.pattern}` : '';
      assert.notStrictEqual(result.status, 'vulnerable', `${r.where}: /${r.source}/ is ${summary}`);
    });
  }

  it('the regular expressions built at run time are safe too', async () => {
    const { matchHeadingMarker } = await import('../server/src/core/parse/heading-markers');
    const { extractFigures } = await import('../server/src/core/parse/figures');
    // Built from fixed parts: check them on hostile input of the kind that makes a bad pattern explode.
    const hostile = ['一'.repeat(50000), '（'.repeat(50000), '1'.repeat(50000) + '、', '第' + '一'.repeat(50000), '**' + 'a'.repeat(50000)];
    for (const s of hostile) {
      const t0 = Date.now();
      matchHeadingMarker(s);
      extractFigures(s, { start: 0, end: s.length });
      assert.ok(Date.now() - t0 < 2000, `slow on ${s.slice(0, 5)}…`);
    }
  });
});
