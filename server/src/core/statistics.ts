import { figureChecks } from './analysis/figure-checks';
import { proseParagraphs } from './analysis/prose';
import type { Heading, ReportDocument } from './model/report-document';
import { extractFigures } from './parse/figures';
import { countHan } from './text/chars';
import { TextCache } from './text/text-cache';

export interface SectionStatistics {
  title: string;
  marker: string;
  line: number; // 1-based
  /** 字数 of the section, its subsections included. */
  characters: number;
  children: SectionStatistics[];
}

export interface ReportStatistics {
  /** 字数 counted the way Word counts it for Chinese documents. */
  characters: number;
  /** Han characters only. */
  hanCharacters: number;
  paragraphs: number;
  headings: number;
  figures: number;
  figureChecks: { ok: number; wrong: number };
  sections: SectionStatistics[];
}

/**
 * 字数 the way Chinese offices count it (Word's 字数统计): every Han character and every full-width
 * punctuation mark counts one, and so does each run of Latin letters or digits (a "non-Chinese word").
 */
function countCharacters(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    // A surrogate pair is one character (the CJK extension planes count as wide).
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    const wide =
      (c >= 0x2e80 && c <= 0x9fff) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0x20000 && c <= 0x3ffff) ||
      c === 0x2014 ||
      c === 0x2026 ||
      (c >= 0x2018 && c <= 0x201d);
    const latin = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (wide && c !== 0x3000) {
      count++;
      inWord = false;
    } else if (latin) {
      if (!inWord) count++;
      inWord = true;
    } else {
      inWord = false;
    }
  }
  return count;
}

/** Lines recur from one edit to the next: each is counted once. A line break ends a Latin word, so counts add up by line. */
const lineCounts = new TextCache<{ characters: number; han: number }>();
const countLine = (line: string) => ({ characters: countCharacters(line), han: countHan(line) });

export function reportStatistics(doc: ReportDocument): ReportStatistics {
  const { lineStarts } = doc.lines;
  // charactersBefore[i]: 字数 of the lines before line i.
  const charactersBefore = new Int32Array(lineStarts.length + 1);
  let han = 0;
  for (let i = 0; i < lineStarts.length; i++) {
    const counts = lineCounts.get(doc.lines.lineText(i), countLine);
    charactersBefore[i + 1] = charactersBefore[i] + counts.characters;
    han += counts.han;
  }
  // A section runs from its heading's line to the line where the next section starts (or the end).
  const lineAfter = (offset: number) => (offset >= doc.text.length ? lineStarts.length : doc.lines.positionAt(offset).line);
  const section = (h: Heading): SectionStatistics => ({
    title: h.title,
    marker: h.marker.text,
    line: h.line + 1,
    characters: charactersBefore[lineAfter(h.sectionEnd)] - charactersBefore[h.line],
    children: h.children.map(section),
  });
  const checks = figureChecks(doc);
  return {
    characters: charactersBefore[lineStarts.length],
    hanCharacters: han,
    paragraphs: doc.paragraphs.length,
    headings: doc.headings.length,
    figures: proseParagraphs(doc).reduce((n, p) => n + extractFigures(doc.text, p.bodySpan).length, 0),
    figureChecks: { ok: checks.filter((c) => c.ok).length, wrong: checks.filter((c) => !c.ok).length },
    sections: doc.outline.map(section),
  };
}

/** The statistics as a Markdown page: what the editor command shows. */
export function statisticsMarkdown(stats: ReportStatistics, name: string): string {
  const out = [
    `# 报告统计：${name}`,
    '',
    `| 项目 | 数量 |`,
    `|---|---|`,
    `| 字数（按 Word 字数统计的口径） | ${stats.characters} |`,
    `| 汉字 | ${stats.hanCharacters} |`,
    `| 段落 | ${stats.paragraphs} |`,
    `| 标题 | ${stats.headings} |`,
    `| 数字（带单位） | ${stats.figures} |`,
    `| 核对过的数字关系 | ${stats.figureChecks.ok} 处相符，${stats.figureChecks.wrong} 处不符 |`,
    '',
    '## 各部分字数',
    '',
    '| 行 | 标题 | 字数 |',
    '|---|---|---|',
  ];
  const walk = (s: SectionStatistics[], depth: number) => {
    for (const x of s) {
      out.push(`| ${x.line} | ${'　'.repeat(depth)}${x.marker}${x.title.replace(/\|/g, '\\|')} | ${x.characters} |`);
      walk(x.children, depth + 1);
    }
  };
  walk(stats.sections, 0);
  return out.join('\n') + '\n';
}
