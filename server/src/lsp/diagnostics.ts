import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { ConfigError, Finding, LineIndex } from '../core';
import { toDiagnostic, type DiagnosticData } from './convert';

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function findingDiagnostics(uri: string, lines: LineIndex, findings: readonly Finding[], version: number): Diagnostic[] {
  return findings.map((f, index) => toDiagnostic(lines, uri, f, { index, version } satisfies DiagnosticData));
}

export function configErrorDiagnostic(error: ConfigError): Diagnostic {
  return {
    range: TOP,
    severity: DiagnosticSeverity.Error,
    source: 'reportlint',
    code: 'config',
    message: `配置文件有误，已改用默认配置：${error.message}`,
  };
}

export function tooLargeDiagnostic(bytes: number, maxBytes: number): Diagnostic {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    range: TOP,
    severity: DiagnosticSeverity.Information,
    source: 'reportlint',
    code: 'too-large',
    message: `文档有 ${mb(bytes)} MB，超过检查上限 ${mb(maxBytes)} MB（设置 reportlint.maxDocumentMb），未检查`,
  };
}
