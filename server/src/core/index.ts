/** The pure core: parse -> document model -> rules -> findings and fixes. No fs, no editor APIs. */
export * from './model/report-document';
export { parseReport } from './parse/parse-report';
export { ParseMemo } from './parse/parse-memo';
export { createLineIndex } from './parse/line-index';
export * from './paragraph-parts';
export * from './rules/rule';
export { RULES, RULES_BY_ID } from './rules/registry';
export * from './config/config';
export { configSchema } from './config/schema';
export * from './lint';
export * from './outline';
export type { Segmenter } from './segment/segmenter';
export * from './statistics';
export { figureChecks, type FigureCheck } from './analysis/figure-checks';
export * from './document-structure';
export { ParagraphCache } from './paragraph-cache';
