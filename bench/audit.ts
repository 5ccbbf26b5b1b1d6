// npm run audit: every rule over every clean text in ../shared/corpus. Prints findings per 10,000 Han
// characters per rule and per source, and writes each finding with its context to a file for triage.
// Usage: npx tsx bench/audit.ts [--out FILE] [--source ID[,ID]] [--rule ID[,ID]]
// A finding's verdict comes from bench/audit-triage.json (see audit-triage.ts); findings with no verdict count.
import { writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { defaultConfig, lint, RULES, type Finding } from '../server/src/core';
import { loadNodeSegmenter } from '../server/src/node/jieba-segmenter';
import { countHan } from '../server/src/core/text/chars';
import { auditSources, CORPUS } from './audit-sources';
import { contextOf, EXPLAINED, loadTriage, Triage } from './audit-triage';

/** The project's targets on clean text, in findings per 10,000 Han characters, not counting explained ones. */
export const TARGET_PER_RULE = 0.3;
export const TARGET_TOTAL = 1;

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface Row {
  source: string;
  document: string;
  line: number;
  rule: string;
  verdict: string;
  message: string;
  context: string;
  evidence?: string;
}

const per10k = (n: number, han: number) => (han ? (n * 10000) / han : 0);
const fmt = (x: number) => x.toFixed(2).padStart(6);

function main(): void {
  const sources = auditSources();
  if (!sources.length) {
    console.log(`audit skipped: no corpus at ${CORPUS}`);
    return;
  }
  const onlySources = argument('--source')?.split(',');
  const onlyRules = argument('--rule')?.split(',');
  const out = argument('--out') ?? path.join(os.tmpdir(), 'reportlint-audit.tsv');
  const segmenter = loadNodeSegmenter();
  if (!segmenter) console.log('note: the segmenter did not load; typo and repeated-char are not measured');

  // Every rule on, whatever its default: the audit measures all of them.
  const config = defaultConfig();
  for (const rule of RULES) {
    const setting = config.rules[rule.meta.id];
    if (setting.severity === 'off') setting.severity = 'warn';
    if (onlyRules && !onlyRules.includes(rule.meta.id)) setting.severity = 'off';
  }
  const ruleIds = RULES.map((r) => r.meta.id).filter((id) => config.rules[id].severity !== 'off');
  const triage = new Triage(loadTriage());
  const rows: Row[] = [];
  const t0 = performance.now();
  let worst = 0;
  const summary: string[] = [];

  for (const source of sources) {
    if (onlySources && !onlySources.includes(source.id)) continue;
    let han = 0;
    const counts = new Map<string, Map<string, number>>(); // rule -> verdict -> n
    for (const doc of source.documents) {
      han += countHan(doc.text);
      const { findings, doc: parsed } = lint(doc.text, { config, segmenter });
      for (const f of findings as Finding[]) {
        const context = contextOf(doc.text, f.span);
        const { verdict, evidence } = triage.verdictOf(f, doc.name, context, source.excerpts);
        const byVerdict = counts.get(f.ruleId) ?? new Map<string, number>();
        byVerdict.set(verdict, (byVerdict.get(verdict) ?? 0) + 1);
        counts.set(f.ruleId, byVerdict);
        const line = parsed.lines.positionAt(f.span.start).line + 1;
        rows.push({ source: source.id, document: doc.name, line, rule: f.ruleId, verdict, message: f.message, context, evidence });
      }
    }
    console.log(`\n${source.id}: ${source.description} — ${source.documents.length} documents, ${han.toLocaleString('en')} Han characters`);
    console.log(
      `${'rule'.padEnd(22)} ${'all'.padStart(5)} ${'/10k'.padStart(6)}  ${'count'.padStart(5)} ${'/10k'.padStart(6)}  explained (source-error, source-artifact, broken-line, excerpt)`,
    );
    const overRules: string[] = [];
    let totalAll = 0;
    let totalCounted = 0;
    for (const id of [...ruleIds, ...[...counts.keys()].filter((k) => !ruleIds.includes(k))]) {
      const byVerdict = counts.get(id) ?? new Map<string, number>();
      const all = [...byVerdict.values()].reduce((a, b) => a + b, 0);
      const counted = [...byVerdict].filter(([v]) => !EXPLAINED.has(v)).reduce((a, [, n]) => a + n, 0);
      totalAll += all;
      totalCounted += counted;
      const explained = [...EXPLAINED].map((v) => byVerdict.get(v) ?? 0);
      const over = per10k(counted, han) > TARGET_PER_RULE ? '  over target' : '';
      if (all)
        console.log(
          `${id.padEnd(22)} ${String(all).padStart(5)} ${fmt(per10k(all, han))}  ${String(counted).padStart(5)} ${fmt(per10k(counted, han))}  ${explained.join(', ')}${over}`,
        );
      worst = Math.max(worst, per10k(counted, han));
      if (per10k(counted, han) > TARGET_PER_RULE) overRules.push(`${id} ${per10k(counted, han).toFixed(2)}`);
    }
    const totalOver = per10k(totalCounted, han) > TARGET_TOTAL ? '  over target' : '';
    console.log(
      `${'total'.padEnd(22)} ${String(totalAll).padStart(5)} ${fmt(per10k(totalAll, han))}  ${String(totalCounted).padStart(5)} ${fmt(per10k(totalCounted, han))}${totalOver}`,
    );
    const over = overRules.length ? `; over ${TARGET_PER_RULE}: ${overRules.join(', ')}` : '';
    summary.push(`${source.id.padEnd(16)} ${fmt(per10k(totalCounted, han))} per 10k counted (${totalCounted} of ${totalAll})${over}`);
  }

  const header = 'source\tdocument\tline\trule\tverdict\tmessage\tcontext\tevidence';
  const body = rows.map((r) => [r.source, r.document, r.line, r.rule, r.verdict, r.message, r.context, r.evidence ?? ''].join('\t'));
  writeFileSync(out, [header, ...body].join('\n') + '\n');
  console.log(
    `\nsummary (target: ≤ ${TARGET_PER_RULE} per rule, ≤ ${TARGET_TOTAL} in total, per 10k Han characters, explained findings not counted)`,
  );
  for (const s of summary) console.log(s);
  console.log(`worst single rule: ${worst.toFixed(2)} per 10k`);
  if (!onlySources && !onlyRules) {
    for (const e of triage.stale()) console.log(`stale verdict (no finding matches it now): ${e.rule} ${e.document} ${e.context}`);
  }
  console.log(`${rows.length} findings with context: ${out}  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

main();
