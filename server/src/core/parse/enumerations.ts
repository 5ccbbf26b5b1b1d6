import type { EnumerationItem, Paragraph } from '../model/report-document';
import { parseChineseNumeral } from './chinese-numerals';

const NUMERAL_CHARS = '一二三四五六七八九十';
/** Characters an enumeration marker may follow: the start of a clause. */
const SHI_BEFORE = '。；！？：，,;: \t\u3000';
const DI_BEFORE = '。；！？： \t\u3000';

/** 一是 … 九是 and 第一，… : found by scanning for 是 and 第, cheaper than a look-behind regex at every position. */
export function findEnumerations(text: string, paragraphs: Paragraph[]): EnumerationItem[] {
  const items: EnumerationItem[] = [];
  paragraphs.forEach((p, paragraphIndex) => {
    if (p.kind !== 'body' && p.kind !== 'heading') return;
    const { start: from, end: to } = p.bodySpan;
    for (let i = text.indexOf('是', from); i >= 0 && i < to; i = text.indexOf('是', i + 1)) {
      let j = i;
      while (j > from && i - j < 3 && NUMERAL_CHARS.includes(text[j - 1])) j--;
      if (j === i || (j > from && !SHI_BEFORE.includes(text[j - 1])) || (j > from && NUMERAL_CHARS.includes(text[j - 1]))) continue;
      if (text[i + 1] === '的' || text[i + 1] === '否') continue;
      const value = parseChineseNumeral(text.slice(j, i));
      if (value > 0 && value <= 30)
        items.push({ kind: 'shi', value, text: text.slice(j, i + 1), span: { start: j, end: i + 1 }, paragraphIndex });
    }
    for (let i = text.indexOf('第', from); i >= 0 && i < to; i = text.indexOf('第', i + 1)) {
      if (i > from && !DI_BEFORE.includes(text[i - 1])) continue;
      let k = i + 1;
      while (k < to && k - i <= 3 && NUMERAL_CHARS.includes(text[k])) k++;
      if (k === i + 1 || k - i > 4 || !'，,、：:'.includes(text[k] ?? '')) continue;
      const value = parseChineseNumeral(text.slice(i + 1, k));
      if (value > 0 && value <= 30) items.push({ kind: 'di', value, text: text.slice(i, k), span: { start: i, end: k }, paragraphIndex });
    }
  });
  return items.sort((a, b) => a.span.start - b.span.start);
}
