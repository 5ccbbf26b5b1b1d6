import type { Span } from '../model/report-document';
import type { Segmenter } from '../segment/segmenter';
import { TextCache } from '../text/text-cache';
import { decide } from './typo-decision';
import { scoreCandidates } from './typo-detector';
import { DEFAULT_DETECTOR_OPTIONS, type DetectorOptions, type TypoSuspect } from './typo-options';

/**
 * Finds typos nobody listed: a character that, changed for one that sounds or looks alike, forms a frequent
 * word and makes its clause read much likelier in context (部暑 -> 部署, 以人民为忠心 -> 以人民为中心).
 */
export function detectTypos(
  seg: Segmenter,
  text: string,
  span: Span,
  isAllowed: (start: number, end: number) => boolean,
  options: DetectorOptions = DEFAULT_DETECTOR_OPTIONS,
): TypoSuspect[] {
  // The editor lints the same sentences again and again while one changes: remember each sentence's suspects.
  const sentence = text.slice(span.start, span.end);
  let optionsKey = optionKeys.get(options);
  if (optionsKey === undefined) optionKeys.set(options, (optionsKey = JSON.stringify(options, keepNonFinite)));
  let byOptions = sentenceCaches.get(seg);
  if (!byOptions) sentenceCaches.set(seg, (byOptions = new Map()));
  let cache = byOptions.get(optionsKey);
  if (!cache) byOptions.set(optionsKey, (cache = new TextCache()));
  return cache
    .get(sentence, (own) => findSlips(seg, own, options))
    .filter((s) => !isAllowed(span.start + s.span.start, span.start + s.span.end))
    .map((s) => ({ ...s, span: { start: span.start + s.span.start, end: span.start + s.span.end } }));
}

/**
 * The suspects of one sentence. Slips come in clusters: a sentence that holds one was typed in haste and left
 * unread, so another slip in it is likelier than in clean prose, and needs less evidence. Once a slip is found it
 * is mended, the sentence re-scored (a neighbour of the slip now reads in its true context) and searched again
 * at the lower threshold; clean prose, where nothing is found, is never searched twice.
 */
function findSlips(seg: Segmenter, sentence: string, o: DetectorOptions): TypoSuspect[] {
  const withContext = seg.context !== undefined;
  const found = decide(scoreCandidates(seg, sentence, o), withContext, o);
  if (!found.length || !withContext || !(o.clusterGain < o.minGain)) return found;
  const relaxed = clusterOptions(o);
  let mended = sentence;
  for (let round = 0, fresh = found; round < 3 && fresh.length; round++) {
    for (const s of fresh) mended = mended.slice(0, s.span.start) + s.right + mended.slice(s.span.end);
    // Two characters side by side that form no word are not taken for a double slip here: most such pairs are
    // names (钟扬同志 is no 中央, 玛裕勒 no 玛 + 娱乐), and a rare word (永葆, 商签) as often as a slip.
    const scored = scoreCandidates(seg, mended, relaxed).filter((c) => !c.pair || c.realWord);
    fresh = decide(scored, true, relaxed)
      .filter((s) => !found.some((f) => f.span.start < s.span.end && s.span.start < f.span.end))
      .map((s) => ({ ...s, wrong: sentence.slice(s.span.start, s.span.end) }));
    found.push(...fresh);
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The options a further slip is searched with, once one is found. The hint's demand that the words around prefer
 * the correction guards clean prose against merely commoner words; here the found slip already speaks against the
 * sentence as written. For the same reason every word is examined, however common: a word of the same sound picked
 * in place of the one meant (减持 for 坚持, 防空 for 防控) is the commonest slip of an input method, wrong only in
 * context; where the segmenter's unigram model clearly agrees, such a real word needs no more evidence than any
 * other slip (抄过 for 超过), nor a two-character word swapped whole where the words around want the other (时常 for
 * 市场) more than a single slip. The found slip lowers the gain a real word's change needs, not the demand that the
 * words around prefer it to the writer's own word by as much as an agreed change needs (失职失责 is no 失败). Every
 * character is examined too, the commonest (不, 和) only for a character of the same sound: an input method offers
 * them first for their reading (民政不 for 民政部), while a look-alike of one is seldom what was meant. Examining every word is no licence to cut one in half, though: a window still keeps
 * to the common words beside the one it mends (李明同志任 is no 同 + 志在).
 * The words the dictionary knows as names and the characters beside them are still left alone: examined, the last
 * character of a place name before 镇 or 村 read as the first of a common word ending there (临平塘栖镇 as 村镇).
 */
export function clusterOptions(o: DetectorOptions): DetectorOptions {
  return {
    ...o,
    minGain: o.clusterGain,
    minContextShare: -Infinity,
    suspectWordFrequency: Infinity,
    maxSingleFrequency: Infinity,
    maxCommonSingleFrequency: Infinity,
    soundOnlyFrequency: o.maxCommonSingleFrequency,
    realWordAgreement: o.clusterRealWordAgreement,
    realWordContextShare: o.agreementContextShare,
    wordSwapPenalty: o.clusterWordSwapPenalty,
  };
}

const optionKeys = new WeakMap<DetectorOptions, string>();
/** JSON writes Infinity, -Infinity and NaN all as null; options that differ only there must not share a cache. */
const keepNonFinite = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value);
/** Per segmenter and options (as JSON), each sentence's suspects. */
const sentenceCaches = new WeakMap<Segmenter, Map<string, TextCache<TypoSuspect[]>>>();
