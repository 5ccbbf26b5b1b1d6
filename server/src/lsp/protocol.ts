/** What the VS Code client and the server say to each other beyond LSP: one list, imported by both. */
export const COMMANDS = {
  renumber: '_reportlint.renumberHeadings',
  fixAllOfRule: '_reportlint.fixAllOfRule',
  addAllowedWord: '_reportlint.addAllowedWord',
} as const;

export const REQUESTS = {
  statistics: 'reportlint/statistics',
  lintFiles: 'reportlint/lintFiles',
} as const;

export const NOTIFICATIONS = {
  /** After each diagnostics of a document: `{ uri, version, complete }`; complete is false for the early findings. */
  linted: 'reportlint/linted',
} as const;
