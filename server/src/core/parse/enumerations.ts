import { parseChineseNumeral } from './chinese-numerals';
import type { BodyParts } from './parse-memo';

const NUMERAL_CHARS = '一二三四五六七八九十';
/** Characters an enumeration marker may follow: the start of a clause. */
const SHI_BEFORE = '。；！？：，,;: \t\u3000';
const DI_BEFORE = '。；！？： \t\u3000';

/**
 * The markers in one paragraph body, found by scanning for 是 and 第 (cheaper than a look-behind regex at every
 * position). A body ends at a line break, so nothing after it can extend a marker.
 */
export function enumerationsIn(body: string): BodyParts['enumerations'] {
  const items: BodyParts['enumerations'] = [];
  for (let i = body.indexOf('是'); i >= 0; i = body.indexOf('是', i + 1)) {
    let j = i;
    while (j > 0 && i - j < 3 && NUMERAL_CHARS.includes(body[j - 1])) j--;
    if (j === i || (j > 0 && !SHI_BEFORE.includes(body[j - 1])) || (j > 0 && NUMERAL_CHARS.includes(body[j - 1]))) continue;
    if (body[i + 1] === '的' || body[i + 1] === '否') continue;
    const value = parseChineseNumeral(body.slice(j, i));
    if (value > 0 && value <= 30) items.push({ kind: 'shi', value, text: body.slice(j, i + 1), start: j, end: i + 1 });
  }
  for (let i = body.indexOf('第'); i >= 0; i = body.indexOf('第', i + 1)) {
    if (i > 0 && !DI_BEFORE.includes(body[i - 1])) continue;
    let k = i + 1;
    while (k < body.length && k - i <= 3 && NUMERAL_CHARS.includes(body[k])) k++;
    if (k === i + 1 || k - i > 4 || !'，,、：:'.includes(body[k] ?? '')) continue;
    const value = parseChineseNumeral(body.slice(i + 1, k));
    if (value > 0 && value <= 30) items.push({ kind: 'di', value, text: body.slice(i, k), start: i, end: k });
  }
  return items.sort((a, b) => a.start - b.start);
}
