import { defaultConfig, lint, type Segmenter } from '../../server/src/core';
import { segmenter } from './segmenter';

/** The default configuration with the typo rule alone on, as a warning. */
export function typoOnlyConfig(): ReturnType<typeof defaultConfig> {
  const c = defaultConfig();
  for (const id of Object.keys(c.rules)) c.rules[id].severity = id === 'typo' ? 'warn' : 'off';
  return c;
}

/** Each typo finding on text as "severity wrong→right" (its fix, or else its first suggestion). */
export function typoFindings(text: string, seg: Segmenter = segmenter()): string[] {
  return lint(text, { config: typoOnlyConfig(), segmenter: seg }).findings.map(
    (f) => `${f.severity} ${text.slice(f.span.start, f.span.end)}→${(f.fix ?? f.suggestions![0]).edits[0].text}`,
  );
}
