import { pathToFileURL } from 'url';
import { DOCS_URL, RULES, ruleDocsUrl } from '../../core';
import { lineCol, type FileResult, type Formatter } from './types';

const region = (r: FileResult, span: { start: number; end: number }) => {
  const lc = lineCol(r.lines, span);
  return { startLine: lc.line, startColumn: lc.column, endLine: lc.endLine, endColumn: lc.endColumn };
};

/** SARIF 2.1.0, columns in UTF-16 code units. */
export const formatSarif: Formatter = (results) => {
  const uri = (p: string) => (p === '<stdin>' ? p : pathToFileURL(p).href);
  const sarif = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'ReportLint',
            informationUri: DOCS_URL,
            rules: RULES.map((rule) => ({
              id: rule.meta.id,
              shortDescription: { text: rule.meta.description },
              helpUri: ruleDocsUrl(rule.meta.id),
              defaultConfiguration: { level: rule.meta.defaultSeverity === 'error' ? 'error' : 'warning' },
            })),
          },
        },
        // Files that could not be read or written: the run did not fully succeed, and each is named.
        invocations: [
          {
            executionSuccessful: !results.some((r) => r.fatal),
            toolExecutionNotifications: results
              .filter((r) => r.fatal)
              .map((r) => ({
                level: 'error',
                message: { text: r.fatal },
                locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.filePath) } } }],
              })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.ruleId,
            level: f.severity === 'error' ? 'error' : 'warning',
            message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.filePath) }, region: region(r, f.span) } }],
            ...(f.related?.length
              ? {
                  relatedLocations: f.related.map((rel, id) => ({
                    id,
                    message: { text: rel.message },
                    physicalLocation: rel.filePath
                      ? { artifactLocation: { uri: uri(rel.filePath) } }
                      : { artifactLocation: { uri: uri(r.filePath) }, region: region(r, rel.span) },
                  })),
                }
              : {}),
            ...(f.fix
              ? {
                  fixes: [
                    {
                      description: { text: f.fix.title },
                      artifactChanges: [
                        {
                          artifactLocation: { uri: uri(r.filePath) },
                          replacements: f.fix.edits.map((e) => ({
                            deletedRegion: region(r, e.span),
                            insertedContent: { text: e.text },
                          })),
                        },
                      ],
                    },
                  ],
                }
              : {}),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
};
