import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  copyIntoRepeats,
  defaultConfig,
  encodeParagraphs,
  findRepeats,
  lint,
  parseReport,
  splitParagraphs,
  type Finding,
  type Segmenter,
} from '../../server/src/core';
import { LintEngine } from '../../server/src/node/engine';
import { JobRunner } from '../../server/src/node/run-job';
import { partsFor } from '../../server/src/node/segmented-parts';
import { claimChunks, lintChunk } from '../../server/src/node/shared-chunks';
import { ROOT, SHARED, seed, seedFiles } from '../helpers/seeds';
import { segmenter } from '../helpers/segmenter';

// A long text's segmented rules run cut by paragraphs over the worker pool while this thread runs the rest on
// the whole; the findings must be those of one run over the whole text, to the character.
const canonical = (findings: readonly Finding[]) => findings.map((f) => JSON.stringify(f)).sort();

function wholeRun(text: string): Finding[] {
  return lint(text, { config: defaultConfig(), segmenter: segmenter() }).findings;
}

/** An engine that cuts every text into `parts` (jobs run in this thread), counting the parts it ran. */
function splittingEngine(parts: number): { engine: LintEngine; jobs: () => number } {
  let jobs = 0;
  const engine = new LintEngine({
    threads: parts + 1, // the main thread keeps a core
    bytesPerPart: 1,
    loadSegmenter: () => {
      jobs++;
      return segmenter();
    },
  });
  return { engine, jobs: () => jobs };
}

/** The seeds' numbered lists, a duplicate, and the same typo in both halves, with a split inside a list. */
function builtReport(): string {
  const lines = seed('000').text.split('\n');
  const typoLine = '全面部暑各项重点工作，确保任务落实到位。';
  const list = Array.from({ length: 41 }, (_, i) => i + 1)
    .filter((n) => n !== 20)
    .map((n) => `（${n}）抓好第${n}项任务的落实。`);
  const before = [...lines.slice(0, 10), '一、工作回顾', typoLine, '二、主要做法', ...lines.slice(10)];
  // The second half differs from the first on every line (so it is no repeat), except one copied paragraph.
  const after = [...lines.map((l) => (l.trim() ? `${l}另` : l)), '一、工作回顾', typoLine, '二、主要做法', lines[12]];
  return [...before, '三、重点任务', ...list, ...after].join('\n');
}

describe('one long text cut by paragraphs over the pool', () => {
  it('a part per 3 MB on the cores beside the main thread; never on two cores', () => {
    const mb = (n: number) => '部'.repeat(Math.round((n * 1e6) / 3));
    assert.strictEqual(partsFor(mb(10), 2), 1);
    assert.strictEqual(partsFor(mb(10), 4), 3);
    assert.strictEqual(partsFor(mb(10), 8), 3);
    assert.strictEqual(partsFor(mb(2), 8), 1);
    assert.strictEqual(partsFor(mb(6.5), 8), 2);
  });

  it('the built report: split inside a numbered list, same findings as one run, including the gap, the copy and both typos', async () => {
    const text = builtReport();
    const doc = parseReport(text);
    const { originals } = findRepeats(text, doc.paragraphs);
    const [, second] = splitParagraphs(originals, 2);
    assert.match(originals[second.from].text, /^（\d+）抓好/, 'the cut falls inside the numbered list');
    const whole = wholeRun(text);
    const lineOf = (f: Finding) => doc.lines.lineText(doc.lines.positionAt(f.span.start).line);
    const found = (ruleId: string, needle: string) => whole.some((f) => f.ruleId === ruleId && lineOf(f).includes(needle));
    assert.ok(found('numbering-sequence', '（21）抓好'), 'the gap after （19）');
    assert.strictEqual(whole.filter((f) => f.ruleId === 'typo' && lineOf(f) === '全面部暑各项重点工作，确保任务落实到位。').length, 2);
    assert.ok(whole.some((f) => f.ruleId === 'duplicate-paragraph'));
    const { engine, jobs } = splittingEngine(2);
    try {
      const split = await engine.lint({ text, config: defaultConfig() });
      assert.strictEqual(jobs(), 2);
      assert.deepStrictEqual(canonical(split.findings), canonical(whole));
    } finally {
      await engine.close();
    }
  });

  it('the seeds and every sixth corpus report, each cut in three: the same findings as one run', async () => {
    const corpusDir = path.join(SHARED, 'corpus', 'gov-work-reports');
    const corpus = fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).sort() : [];
    const files = [...seedFiles(), ...corpus.filter((_, i) => i % 6 === 1).map((f) => path.join(corpusDir, f))];
    const { engine } = splittingEngine(3);
    try {
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        const split = await engine.lint({ text, config: defaultConfig() });
        assert.deepStrictEqual(canonical(split.findings), canonical(wholeRun(text)), file);
      }
    } finally {
      await engine.close();
    }
  }).timeout(240000);

  it('on real worker threads: the seeds joined, cut in two, give the same findings and fixes as one run', async function () {
    const workerScript = path.join(ROOT, 'dist', 'lint-worker.js');
    if (!fs.existsSync(workerScript)) this.skip(); // npm test builds dist/ first
    const text = seedFiles()
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const engine = new LintEngine({ threads: 3, bytesPerPart: 1, workerScript });
    try {
      const split = await engine.lint({ text, config: defaultConfig() });
      assert.strictEqual(split.segmentedError, undefined);
      assert.deepStrictEqual(canonical(split.findings), canonical(wholeRun(text)));
    } finally {
      await engine.close();
    }
  }).timeout(120000);
});

describe('paragraphs shared out in chunks that threads claim', () => {
  const joinedSeeds = () =>
    seedFiles()
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');

  it('two claimants taking one chunk, then two, in turn: every chunk once, the findings of one run', () => {
    const text = builtReport() + '\n' + joinedSeeds();
    const config = defaultConfig();
    const doc = parseReport(text);
    const { originals, repeats } = findRepeats(text, doc.paragraphs);
    const ranges = splitParagraphs(originals, 9);
    const chunks = { bounds: Int32Array.from([0, ...ranges.map((r) => r.to)]), next: new Int32Array(new SharedArrayBuffer(4)) };
    const taken: number[][] = [[], []];
    const found: Finding[] = [];
    for (let turn = 0; Atomics.load(chunks.next, 0) < ranges.length; turn++) {
      for (const ps of claimChunks(originals, chunks, 1 + (turn % 2))) {
        taken[turn % 2].push(ps.length);
        found.push(...lintChunk(text, ps, { config, segmenter: segmenter() }));
      }
    }
    assert.ok(taken[0].length && taken[1].length, 'both claimants took chunks');
    assert.strictEqual(
      taken.flat().reduce((a, b) => a + b, 0),
      originals.length,
    );
    const whole = lint(text, { config, segmenter: segmenter(), phase: 'segmented' }).findings;
    assert.ok(whole.some((f) => f.ruleId === 'typo'));
    assert.deepStrictEqual(canonical([...found, ...copyIntoRepeats(found, repeats)]), canonical(whole));
  }).timeout(120000);
});

describe('a worker warmed up while the main thread parses', () => {
  it('loads the segmenter and, given the settings, runs the segmented rules on a few lines; later findings unchanged', () => {
    const config = defaultConfig();
    const real = segmenter();
    const words: string[] = [];
    const counting: Segmenter = {
      context: real.context,
      cut: (t) => (words.push(t), real.cut(t)),
      frequency: (w) => real.frequency(w),
      tagOf: (w) => real.tagOf(w),
      score: (t) => real.score(t),
      wordsOfLength: (n) => real.wordsOfLength(n),
    };
    assert.deepStrictEqual(new JobRunner(() => counting).run({ kind: 'warm' }), {});
    assert.strictEqual(words.length, 0, 'without settings: loaded only');
    const runner = new JobRunner(() => counting);
    assert.deepStrictEqual(runner.run({ kind: 'warm', config }), {});
    assert.ok(
      words.some((t) => t.includes('部暑')),
      'the warm-up lines were segmented',
    );
    const text = builtReport();
    const doc = parseReport(text);
    const chunks = { bounds: Int32Array.from([0, doc.paragraphs.length]), next: new Int32Array(new SharedArrayBuffer(4)) };
    const after = runner.run({ kind: 'segmented', text, config, paragraphs: encodeParagraphs(doc.paragraphs), chunks });
    assert.deepStrictEqual(
      canonical(after.findings ?? []),
      canonical(lint(text, { config, segmenter: real, phase: 'segmented' }).findings),
    );
    assert.deepStrictEqual(new JobRunner(() => undefined).run({ kind: 'warm', config }), { error: '分词组件不可用' });
  }).timeout(60000);
});

describe('the engine without a segmenter', () => {
  it('still reports the listed typos, which it runs beside the segmented rules only when those fail', async () => {
    const engine = new LintEngine({ loadSegmenter: () => undefined });
    try {
      const text = '全面部暑各项重点工作，确保任务落实到位。';
      const result = await engine.lint({ text, config: defaultConfig() });
      assert.strictEqual(result.segmentedError, '分词组件不可用');
      assert.deepStrictEqual(
        result.findings.filter((f) => f.ruleId === 'typo').map((f) => text.slice(f.span.start, f.span.end)),
        ['部暑'],
      );
    } finally {
      await engine.close();
    }
  });
});
