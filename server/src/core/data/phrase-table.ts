/** A wrong (or non-standard) form, the form to use, and where the wrong form is in fact right. */
export interface PhraseEntry {
  wrong: string;
  right: string;
  /** Characters that, right before the wrong form, make it legitimate (干部置 is 干部 + 置). */
  notAfter?: string;
  /** Characters that, right after the wrong form, make it legitimate (个人材料 is 个人 + 材料). */
  notBefore?: string;
}

/**
 * One entry a line: `wrong right [notAfter] [notBefore]`, "-" for an empty context.
 * notAfter lists characters the match must not follow; notBefore characters it must not precede.
 */
export function parseEntries(table: string): PhraseEntry[] {
  return table
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([wrong, right]) => wrong && right && wrong !== right)
    .map(([wrong, right, notAfter, notBefore]) => ({
      wrong,
      right,
      ...(notAfter && notAfter !== '-' ? { notAfter } : {}),
      ...(notBefore && notBefore !== '-' ? { notBefore } : {}),
    }));
}
