import type { Span } from './report-document';

/** A replacement of one span of the text. */
export interface TextEdit {
  span: Span;
  text: string;
}

/** Edits that together fix one finding; shared by the rules and the analyses that compute fixes for them. */
export interface Fix {
  /** Shown on the quick fix. */
  title: string;
  edits: TextEdit[];
}
