import { CodeActionKind, type CodeAction, type CodeActionParams, type WorkspaceEdit } from 'vscode-languageserver/node';
import { applyFixes, RULES_BY_ID, type Finding } from '../core';
import { minimalEdit, quickFixes, type DiagnosticData } from './convert';
import type { DocState } from './documents';
import { COMMANDS } from './protocol';

/** One pass of the given findings' fixes over the text they were found in, as one edit. */
export function fixAllEdit(uri: string, text: string, state: DocState, keep: (f: Finding) => boolean): WorkspaceEdit | undefined {
  const fixes = state.findings.flatMap((f) => (f.fix && keep(f) ? [f.fix] : []));
  if (!fixes.length) return undefined;
  return { changes: { [uri]: minimalEdit(state.lines, text, applyFixes(text, fixes).text) } };
}

/** Quick fixes, "fix all of this rule", "add to allowed words" and source.fixAll, from the last results. */
export function codeActions(p: CodeActionParams, state: DocState | undefined, text: string): CodeAction[] {
  const uri = p.textDocument.uri;
  if (!state) return [];
  const actions: CodeAction[] = [];
  const rulesSeen = new Set<string>();
  for (const d of p.context.diagnostics) {
    const data = d.data as DiagnosticData | undefined;
    if (!data || data.version !== state.version) continue;
    const f = state.findings[data.index];
    if (!f) continue;
    actions.push(...quickFixes(state.lines, uri, f, d));
    if (RULES_BY_ID.get(f.ruleId)?.meta.tags?.includes('word') && uri.startsWith('file:')) {
      const word = text.slice(f.span.start, f.span.end);
      actions.push({
        title: `将「${word}」加入允许的词语（.reportlintrc.json）`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        command: { title: '加入允许的词语', command: COMMANDS.addAllowedWord, arguments: [uri, word] },
      });
    }
    const sameRule = state.findings.filter((x) => x.ruleId === f.ruleId && x.fix);
    if (sameRule.length > 1 && !rulesSeen.has(f.ruleId)) {
      rulesSeen.add(f.ruleId);
      const edit = fixAllEdit(uri, text, state, (x) => x.ruleId === f.ruleId);
      if (edit)
        actions.push({
          title: `修正本文件中所有「${f.ruleId}」问题（${sameRule.length} 处）`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit,
        });
    }
  }
  const only = p.context.only;
  if (!only || only.some((k) => CodeActionKind.SourceFixAll.startsWith(k) || k.startsWith(CodeActionKind.SourceFixAll))) {
    const edit = fixAllEdit(uri, text, state, () => true);
    if (edit) actions.push({ title: '修正所有可自动修正的问题（ReportLint）', kind: `${CodeActionKind.SourceFixAll}.reportlint`, edit });
  }
  return actions;
}
