/**
 * Random edits of the kinds a writer makes: characters and lines typed or deleted, paragraphs split and
 * joined, headings renumbered. Seeded, so that a failing sequence can be replayed.
 */
const SNIPPETS = [
  '部暑',
  '。',
  '，',
  ',',
  '“',
  '》',
  '一是',
  '四是',
  'X月X日',
  '截止2020年',
  '共计20余场',
  '机机',
  '的的',
  '--',
  '（',
  '2016-2020年',
];
const LINES = ['一、总体情况', '（二）主要做法', '3.加强队伍建设。', '全年组织开展培训会6场、宣传会4场，共计10场。', '', '二是抓落实'];
const NUMERALS = [...'一二三四五六七八九十'];

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export function randomEdit(text: string, rand: () => number): Edit {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const at = Math.floor(rand() * (text.length + 1));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  switch (Math.floor(rand() * 7)) {
    case 0: // type a snippet
      return { start: at, end: at, text: pick(SNIPPETS) };
    case 1: // delete a few characters
      return { start: at, end: Math.min(text.length, at + 1 + Math.floor(rand() * 4)), text: '' };
    case 2: // split a paragraph
      return { start: at, end: at, text: '\n' };
    case 3: {
      // join a paragraph with the next
      return lineEnd < text.length ? { start: lineEnd, end: lineEnd + 1, text: '' } : { start: at, end: at, text: '' };
    }
    case 4: // insert a line
      return { start: lineStart, end: lineStart, text: pick(LINES) + '\n' };
    case 5: // delete a line
      return { start: lineStart, end: Math.min(text.length, lineEnd + 1), text: '' };
    default: {
      // renumber a heading: the numeral of the nearest marker at or after the cursor
      const re = /^[ \t\u3000]*[（(]?([一二三四五六七八九十]+|\d+)(?=[、.．）)])/gm;
      re.lastIndex = lineStart;
      const m = re.exec(text);
      if (!m) return { start: at, end: at, text: pick(SNIPPETS) };
      const start = m.index + m[0].length - m[1].length;
      const replacement = /\d/.test(m[1]) ? String(1 + Math.floor(rand() * 9)) : pick(NUMERALS);
      return { start, end: start + m[1].length, text: replacement };
    }
  }
}

export function applyEdit(text: string, e: Edit): string {
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}
