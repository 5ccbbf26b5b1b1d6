import type { Hover, HoverParams } from 'vscode-languageserver/node';
import { RULES_BY_ID, type DocumentStructure, type Finding, type LineIndex } from '../core';
import { toRange } from './convert';

/** The rule and its explanation for findings under the cursor, and the arithmetic of a checked figure. */
export function hover(
  p: HoverParams,
  lines: LineIndex,
  findings: readonly Finding[],
  structure: DocumentStructure | undefined,
): Hover | null {
  const offset = lines.offsetAt(p.position);
  const inside = (s: { start: number; end: number }) => s.start <= offset && offset < Math.max(s.end, s.start + 1);
  const hits = findings.filter((f) => inside(f.span));
  const parts = hits.map((f) => {
    const rule = RULES_BY_ID.get(f.ruleId);
    return [`**${f.ruleId}**${rule ? ` — ${rule.meta.description}` : ''}`, f.detail ? '```\n' + f.detail + '\n```' : '']
      .filter(Boolean)
      .join('\n\n');
  });
  // Figures the text checks itself: show the arithmetic, also when it holds.
  const checks = (structure?.figureNotes ?? []).filter((c) => inside(c.span));
  for (const c of checks) parts.push('```\n' + c.detail + '\n```');
  if (!parts.length) return null;
  const span = hits[0]?.span ?? checks[0].span;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: toRange(lines, span) };
}
