import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { ROOT, seed } from '../helpers/seeds';

let registry: vsctm.Registry;
let grammar: vsctm.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p) => new oniguruma.OnigScanner(p),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'text.workreport'
        ? vsctm.parseRawGrammar(
            fs.readFileSync(path.join(ROOT, 'syntaxes', 'workreport.tmLanguage.json'), 'utf8'),
            'workreport.tmLanguage.json',
          )
        : null,
  });
  grammar = (await registry.loadGrammar('text.workreport'))!;
});

/** The scopes of the first token that starts with `needle` on the line. */
function scopesOf(line: string, needle: string): string[] {
  const { tokens } = grammar.tokenizeLine(line, vsctm.INITIAL);
  const at = line.indexOf(needle);
  assert.ok(at >= 0, `${needle} not in line`);
  const token = tokens.find((t) => t.startIndex <= at && at < t.endIndex)!;
  return token.scopes;
}

function lineWith(prefix: string, needle: string): string {
  const line = seed(prefix)
    .text.split(/\r?\n/)
    .find((l) => l.includes(needle));
  assert.ok(line, `no line with ${needle} in seed ${prefix}`);
  return line!;
}

describe('TextMate grammar on real lines from the seeds', () => {
  it('heading markers by level', () => {
    assert.ok(scopesOf(lineWith('000', '一、2020年工作总结'), '一、').includes('punctuation.definition.heading.level1.workreport'));
    assert.ok(scopesOf(lineWith('000', '（一）坚持科技向善'), '（一）').includes('punctuation.definition.heading.level2.workreport'));
    const item = lineWith('001', '1.强化政治引领');
    assert.ok(scopesOf(item, '1.').includes('punctuation.definition.heading.level3.workreport'));
    assert.ok(scopesOf(item, '1.').includes('markup.heading.3.workreport'));
    assert.ok(scopesOf(lineWith('003', '(一)着力在贯彻落实'), '(一)').includes('punctuation.definition.heading.level2.workreport'));
    assert.ok(scopesOf('① 第一项', '①').includes('punctuation.definition.heading.level5.workreport'));
    assert.ok(scopesOf('（1）细项', '（1）').includes('punctuation.definition.heading.level4.workreport'));
  });

  it('enumerations 一是 and 第一，', () => {
    assert.ok(scopesOf(lineWith('000', '第一，启动实施智能机器人'), '第一').includes('keyword.other.enumeration.workreport'));
    const l = lineWith('000', '一是抓住等级评估契机');
    assert.ok(scopesOf(l, '一是').includes('keyword.other.enumeration.workreport'));
    assert.ok(scopesOf(l, '二是').includes('keyword.other.enumeration.workreport'));
  });

  it('figures with their units', () => {
    const l = lineWith('000', '基金目标规模500万元');
    assert.ok(scopesOf(l, '500万元').includes('constant.numeric.figure.workreport'));
    assert.ok(scopesOf(l, '万元，已募集').includes('constant.numeric.multiplier.workreport'));
    assert.ok(scopesOf(l, '元，已募集').includes('keyword.other.unit.workreport'));
    const approx = lineWith('000', '110多万元');
    assert.ok(scopesOf(approx, '多万元').includes('keyword.other.approximation.workreport'));
  });

  it('《》 titles and quotations', () => {
    const l = lineWith('000', '《科技日报》进行了专题报道');
    assert.ok(scopesOf(l, '科技日报').includes('string.other.book-title.workreport'));
    const q = lineWith('000', '“不忘初心暖人心');
    assert.ok(scopesOf(q, '不忘初心暖人心').includes('string.quoted.double.workreport'));
  });

  it('placeholders', () => {
    assert.ok(scopesOf(lineWith('004', '2019年元月  日'), '2019年元月').includes('invalid.illegal.placeholder.workreport'));
    assert.ok(scopesOf(lineWith('000', '[bookmark: _GoBack]'), '[bookmark').includes('invalid.illegal.placeholder.workreport'));
    assert.ok(scopesOf('会议定于X月X日召开', 'X月X日').includes('invalid.illegal.placeholder.workreport'));
  });

  it('a plain body line is not a heading', () => {
    const l = lineWith('004', '根据会议安排，现在我代表');
    assert.ok(!scopesOf(l, '根据').some((s) => s.startsWith('markup.heading')));
  });
});

describe('snippets', () => {
  const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', 'workreport.code-snippets'), 'utf8')) as Record<
    string,
    { prefix: string[]; body: string[]; description: string }
  >;

  it('the three skeletons, headings, enumerations and the closing lines are there', () => {
    for (const name of [
      '年度工作总结',
      '工作要点',
      '全委会工作报告',
      '一级标题 一、',
      '二级标题 （一）',
      '三级标题 1.',
      '一是二是三是',
      '结束语',
    ]) {
      assert.ok(snippets[name], name);
    }
  });

  it('every snippet is found by pinyin initials and by Chinese', () => {
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(
        s.prefix.some((p) => /^[a-z]+$/.test(p)),
        `${name}: no pinyin prefix`,
      );
      assert.ok(
        s.prefix.some((p) => /[\u4e00-\u9fff]/.test(p)),
        `${name}: no Chinese prefix`,
      );
      assert.ok(s.description, `${name}: no description`);
    }
  });

  it('each skeleton lints clean of numbering errors once filled in', async () => {
    const { defaultConfig, lint } = await import('../../server/src/core');
    for (const name of ['年度工作总结', '工作要点', '全委会工作报告']) {
      const text = snippets[name].body
        .join('\n')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\{\d+\}|\$\d+/g, '');
      const numbering = lint(text, { config: defaultConfig() }).findings.filter((f) => f.ruleId.startsWith('numbering'));
      assert.deepStrictEqual(
        numbering.map((f) => f.message),
        [],
        name,
      );
    }
  });
});
