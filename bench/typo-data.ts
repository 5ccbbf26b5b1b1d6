// The typo evaluation data of ../shared/corpus, and the fixed split of ecspell-odw into a part the detector's
// thresholds are tuned on and a held-out part only ever reported on.
import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';

export const CORPUS = path.resolve(__dirname, '..', '..', 'shared', 'corpus');
export const corpusPresent = () => existsSync(CORPUS);

/** FNV-1a of the sentence: a split that never changes with the order or number of rows. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** One sentence in three is held out: never looked at while tuning. */
export const isHeldOut = (text: string) => fnv1a(text) % 3 === 0;

export interface OdwRow {
  text: string;
  corrected: string;
}

export function odwRows(part: 'tune' | 'held-out' | 'all'): OdwRow[] {
  return readFileSync(path.join(CORPUS, 'csc', 'ecspell-odw.train.tsv'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((row) => row.split('\t'))
    .filter(([, a, b]) => a && b && a.length === b.length)
    .map(([, text, corrected]) => ({ text, corrected }))
    .filter((r) => part === 'all' || isHeldOut(r.text) === (part === 'held-out'));
}

/** 政府工作报告 1990–2014 (tuned on), or every congress report (never tuned on). */
export function reportTexts(which: 'gov-1990-2014' | 'cpc-congress'): { name: string; text: string }[] {
  const dir = path.join(CORPUS, which === 'gov-1990-2014' ? 'gov-work-reports' : 'cpc-congress-reports');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && (which === 'cpc-congress' || Number(f.slice(0, 4)) >= 1990))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(dir, f), 'utf8') }));
}

/** Error-free 人民日报 sentences (never tuned on). */
export function rmrbSentences(): string[] {
  const rows = JSON.parse(readFileSync(path.join(CORPUS, 'csc', 'macro-correct-acc_rmrb.json'), 'utf8')) as { original_text: string }[];
  return rows.map((r) => r.original_text);
}

export const hanCount = (s: string) => (s.match(/[\u4e00-\u9fff]/g) ?? []).length;
