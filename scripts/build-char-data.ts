// Builds server/src/core/data/char-confusions.json: for each common Han character, the characters a writer
// may type in its place: same pinyin ignoring tone (pinyin-pro), a near reading (the fuzzy sounds of input methods),
// or a similar shape (cnchar-order): stroke sequences a stroke or two apart, or a shared component (很/银, 刚/纲);
// never the same character in the other script (cnchar-trad).
// Run with `npm run build:char-data`; the output is committed, so neither package is needed at run time.
import { writeFileSync } from 'fs';
import { pinyin } from 'pinyin-pro';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const orders: Record<string, string> = require('cnchar-order').dict.orders;
// Radical and structure (左右, 上下, 全包围 …) of each character, from cnchar-radical: "3:囚e四e…" a radical.
const radicalOf = new Map<string, string>();
const structureOf = new Map<string, string>();
// eslint-disable-next-line @typescript-eslint/no-require-imports
for (const [radical, list] of Object.entries(require('cnchar-radical').dict.radical as Record<string, string>)) {
  const body = String(list).replace(/^\d+:/, '');
  for (let i = 0; i + 1 < body.length; i += 2) {
    radicalOf.set(body[i], radical);
    structureOf.set(body[i], body[i + 1]);
  }
}

// Simplified and traditional forms of one character (于/於, 后/後), from cnchar-trad: a text in traditional script
// chose its script, it did not slip, so neither form is offered for the other.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const scripts: { simple: string; trad: string } = require('cnchar-trad').dict.trad;
const otherScript = new Map<string, Set<string>>();
const simplified = new Set(scripts.simple);
for (let i = 0; i < scripts.simple.length; i++) {
  const [simple, trad] = [scripts.simple[i], scripts.trad[i]];
  // A character listed again with another traditional form (国: 國, then the variant 囯) keeps only its first, and
  // a form that is itself a simplified character (叠 beside 迭) is a character of its own.
  if (otherScript.has(simple) || simplified.has(trad)) continue;
  (otherScript.get(simple) ?? otherScript.set(simple, new Set()).get(simple)!).add(trad);
  (otherScript.get(trad) ?? otherScript.set(trad, new Set()).get(trad)!).add(simple);
}
const sameCharacter = (a: string, b: string) => otherScript.get(a)?.has(b) === true;

const chars = Object.keys(orders).filter((c) => /^[\u4e00-\u9fff]$/.test(c));

// Homophones, tone dropped: the intended character's usual reading must be one of the typed character's
// readings (耀 may stand for 要, not for 乐, whose reading yào is rare).
const byPrimary = new Map<string, Set<string>>();
const readings = new Map<string, string[]>();
for (const c of chars) {
  const rs = [...new Set((pinyin(c, { multiple: true, type: 'array', toneType: 'none' }) as string[]).map((r) => r.replace('ü', 'v')))];
  readings.set(c, rs);
  const primary = (pinyin(c, { toneType: 'none' }) as string).replace('ü', 'v');
  if (!byPrimary.has(primary)) byPrimary.set(primary, new Set());
  byPrimary.get(primary)!.add(c);
}

/**
 * The fuzzy sounds (模糊音) that Chinese input methods offer as settings, because dialects and quick typing merge
 * them: initials z/zh, c/ch, s/sh, l/n, f/h, l/r and finals an/ang, en/eng, in/ing, ian/iang, uan/uang. Each pair
 * is one step: n and r are both near l, not near each other.
 */
const FUZZY_INITIALS: [string, string][] = [
  ['z', 'zh'],
  ['c', 'ch'],
  ['s', 'sh'],
  ['l', 'n'],
  ['f', 'h'],
  ['l', 'r'],
];
const FUZZY_FINALS: [string, string][] = [
  ['an', 'ang'],
  ['en', 'eng'],
  ['in', 'ing'],
  ['ian', 'iang'],
  ['uan', 'uang'],
];
const INITIAL = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$/;
/** The readings one fuzzy initial, one fuzzy final, or one of each away from r. */
function fuzzyVariants(r: string): string[] {
  const [, initial = '', final] = INITIAL.exec(r)!;
  const initials = [initial, ...FUZZY_INITIALS.flatMap(([a, b]) => (initial === a ? [b] : initial === b ? [a] : []))];
  const finals = [
    final,
    ...FUZZY_FINALS.flatMap(([a, b]) =>
      final.endsWith(b) ? [final.slice(0, -b.length) + a] : final.endsWith(a) ? [final.slice(0, -a.length) + b] : [],
    ),
  ];
  const out = new Set<string>();
  for (const i of initials) for (const f of finals) if (i + f !== r) out.add(i + f);
  return [...out];
}

/**
 * Characters built on the same component: a stroke run that begins or ends both stroke sequences, of four
 * strokes or more and no shorter than what either adds to it (at most five strokes): 很/银 share 艮, 刚/纲 冈,
 * 查/渣, 贝/员, 成/城; a whole character of three strokes with at most three added (也/地, 女/安).
 */
const byEdge = new Map<string, string[]>();
for (const c of chars) {
  const s = orders[c];
  const keys = new Set<string>();
  for (let l = 3; l <= s.length; l++) keys.add(s.slice(0, l)).add(s.slice(s.length - l));
  for (const k of keys) (byEdge.get(k) ?? byEdge.set(k, []).get(k)!).push(c);
}
function sharedComponent(c: string): Set<string> {
  const s = orders[c];
  const out = new Set<string>();
  for (let l = 3; l <= s.length; l++) {
    for (const k of new Set([s.slice(0, l), s.slice(s.length - l)])) {
      for (const other of byEdge.get(k) ?? []) {
        if (other === c) continue;
        const added = Math.max(s.length, orders[other].length) - l;
        const whole = k === s || k === orders[other];
        if ((l >= 4 && added <= 5 && l >= added) || (l === 3 && whole && added <= 3)) out.add(other);
      }
    }
  }
  return out;
}

/** Edit distance between stroke sequences, giving up above `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Similar shape: stroke sequences one or two strokes apart (two only for characters of five strokes or more),
 * or the same radical in the same structure with strokes three apart (围 and 团 both inside 囗).
 */
function similarShape(a: string, b: string): boolean {
  const sa = orders[a];
  const sb = orders[b];
  const minLen = Math.min(sa.length, sb.length);
  const max = minLen >= 5 ? 2 : 1;
  if (distance(sa, sb, max) <= max) return true;
  const radical = radicalOf.get(a);
  return (
    radical !== undefined &&
    radical !== '*' &&
    radical === radicalOf.get(b) &&
    structureOf.get(a) === structureOf.get(b) &&
    minLen >= 5 &&
    distance(sa, sb, 3) <= 3
  );
}

const out: Record<string, { sound: string; near: string; shape: string }> = {};
const byLength = new Map<number, string[]>();
for (const c of chars) {
  const len = orders[c].length;
  if (!byLength.has(len)) byLength.set(len, []);
  byLength.get(len)!.push(c);
}
for (const c of chars) {
  const sound = new Set<string>();
  for (const r of readings.get(c)!) for (const h of byPrimary.get(r) ?? []) if (h !== c) sound.add(h);
  const shape: string[] = [];
  const len = orders[c].length;
  for (let l = len - 2; l <= len + 2; l++) {
    for (const other of byLength.get(l) ?? []) if (other !== c && similarShape(c, other)) shape.push(other);
  }
  const near = new Set<string>();
  // A near sound from the character's main reading only: a rarer reading and a fuzzy sound (绿 lù, 入 rù) are two slips.
  for (const v of fuzzyVariants(readings.get(c)![0])) for (const h of byPrimary.get(v) ?? []) if (h !== c && !sound.has(h)) near.add(h);
  for (const other of sharedComponent(c)) if (!shape.includes(other)) shape.push(other);
  const keep = (x: string) => !sameCharacter(c, x);
  out[c] = { sound: [...sound].filter(keep).join(''), near: [...near].filter(keep).join(''), shape: shape.filter(keep).join('') };
}
const file = new URL('../server/src/core/data/char-confusions.json', import.meta.url);
writeFileSync(file, JSON.stringify(out));
console.log(`${chars.length} characters written to ${file.pathname}`);
