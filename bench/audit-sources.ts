// The clean texts of ../shared/corpus the audit lints: published reports (one document a file) and
// error-free sentences (one document a sentence, as a writer would paste one into a report).
import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';

export interface AuditDocument {
  /** Where a person finds the text again: a corpus path, with the sentence's row for sentence sets. */
  name: string;
  text: string;
}

export interface AuditSource {
  id: string;
  description: string;
  /** Single sentences cut from longer texts: a list item there is an excerpt of a list. */
  excerpts?: boolean;
  documents: AuditDocument[];
}

export const CORPUS = path.resolve(__dirname, '..', '..', 'shared', 'corpus');

function reportFiles(dir: string, keep: (file: string) => boolean = () => true): AuditDocument[] {
  const abs = path.join(CORPUS, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => f.endsWith('.txt') && keep(f))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, text: withoutWikisourceFooter(readFileSync(path.join(abs, f), 'utf8')) }));
}

/**
 * The reports come from Wikisource pages, which end with a licence notice (本作品…, 这部作品…), footnotes
 * (a line holding only ↑) and "Public domain" flags: none of it is the report, so the audit stops before it.
 */
export function withoutWikisourceFooter(text: string): string {
  const footer = /^(?:本作品|这部作品|此作品|↑\s*$|Public domain\s*$)/m.exec(text);
  return footer ? text.slice(0, footer.index) : text;
}

function rmrbSentences(): AuditDocument[] {
  const file = path.join(CORPUS, 'csc', 'macro-correct-acc_rmrb.json');
  if (!existsSync(file)) return [];
  const rows = JSON.parse(readFileSync(file, 'utf8')) as { original_text: string; correct_text: string }[];
  const seen = new Set<string>();
  return rows
    .map((r, i) => ({ name: `csc/macro-correct-acc_rmrb.json#${i}`, text: r.correct_text }))
    .filter((d) => d.text.trim() && !seen.has(d.text) && seen.add(d.text)); // the file repeats some sentences
}

/** The corrected column of every row: label 0 rows are clean as written, label 1 rows once corrected. */
function odwCorrected(): AuditDocument[] {
  const file = path.join(CORPUS, 'csc', 'ecspell-odw.train.tsv');
  if (!existsSync(file)) return [];
  const seen = new Set<string>();
  const out: AuditDocument[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const corrected = line.split('\t')[2]?.trim();
      if (!corrected || seen.has(corrected)) return;
      seen.add(corrected);
      out.push({ name: `csc/ecspell-odw.train.tsv:${i + 1}`, text: corrected });
    });
  return out;
}

const yearOf = (file: string) => Number(file.slice(0, 4));

/** Every clean source; empty when ../shared/corpus is absent. */
export function auditSources(): AuditSource[] {
  if (!existsSync(CORPUS)) return [];
  const sources: AuditSource[] = [
    {
      id: 'gov-1990-2014',
      description: '政府工作报告 1990–2014',
      documents: reportFiles('gov-work-reports', (f) => yearOf(f) >= 1990),
    },
    {
      id: 'gov-1954-1989',
      description: '政府工作报告 1954–1989 (older forms; 1954–1957 in traditional characters)',
      documents: reportFiles('gov-work-reports', (f) => yearOf(f) < 1990),
    },
    { id: 'cpc-congress', description: '中共全国代表大会报告', documents: reportFiles('cpc-congress-reports') },
    { id: 'acc_rmrb', description: '人民日报 error-free sentences (macro-correct)', excerpts: true, documents: rmrbSentences() },
    { id: 'odw-corrected', description: 'ecspell-odw, corrected side', excerpts: true, documents: odwCorrected() },
  ];
  return sources.filter((s) => s.documents.length);
}
