/** Offsets are UTF-16 code units into the document text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Marker families, ordered by GB/T 9704-2012 level where one applies. */
export type MarkerKind =
  | 'markdown' // # 标题
  | 'part' // 第一部分
  | 'chapter' // 第一章
  | 'section' // 第一节
  | 'unnumbered' // a short heading line with no marker (2018年工作回顾)
  | 'cn' // 一、
  | 'cn-paren' // （一）
  | 'arabic' // 1.
  | 'arabic-paren' // （1）
  | 'circled' // ①
  | 'bold'; // - **要点**

export interface HeadingMarker {
  kind: MarkerKind;
  /** The marker exactly as written, e.g. "（一）" or "1、". */
  text: string;
  /** Punctuation form, used to spot mixed styles among siblings: "1." vs "1、". */
  style: string;
  /** The number the marker stands for; null for unnumbered kinds. */
  value: number | null;
  span: Span;
}

export interface Heading {
  marker: HeadingMarker;
  /** Outline depth rank: smaller is higher. */
  rank: number;
  title: string;
  titleSpan: Span;
  /** The whole line. */
  span: Span;
  line: number; // 0-based
  /** True inside a table (seed tables give rows as tab-indented cells). */
  inTable: boolean;
  /**
   * A numbered paragraph (2.全年组织开展…共计20余场次。): the marker counts for numbering, the text after it is
   * prose (its paragraph's bodySpan), and the title is only a short label for the outline (first clause, cut, with …).
   */
  paragraph: boolean;
  children: Heading[];
  parent: Heading | null;
  /** End of the section this heading opens (start of the next heading of equal or higher rank). */
  sectionEnd: number;
}

export type EnumerationKind = 'shi' | 'di'; // 一是 / 第一，

export interface EnumerationItem {
  kind: EnumerationKind;
  value: number;
  /** The marker, e.g. "二是" or "第二". */
  text: string;
  span: Span;
  paragraphIndex: number;
}

export type ParagraphKind =
  | 'title'
  | 'front' // other front matter: subtitle, author, draft note, date under the title
  | 'salutation'
  | 'subtitle' // a lead line under a section heading, with no sentence end: 坚决贯彻…不断增强
  | 'heading'
  | 'body'
  | 'table'
  | 'date'
  | 'signature'
  | 'other'; // stray layout lines: "搜索", "GONG ZUO HUI MOU", a bare page number

export interface Sentence {
  text: string;
  span: Span;
}

export interface Paragraph {
  kind: ParagraphKind;
  /** The line without its line break. */
  text: string;
  span: Span;
  line: number;
  /** Where the prose starts: after a heading's marker and title if it runs on, after leading blanks. */
  bodySpan: Span;
  sentences: Sentence[];
  heading?: Heading;
}

export interface ReportDocument {
  text: string;
  title: { text: string; spans: Span[] } | null;
  salutation: Paragraph | null;
  paragraphs: Paragraph[];
  /** Top of the heading tree. */
  outline: Heading[];
  /** Every heading in document order. */
  headings: Heading[];
  enumerations: EnumerationItem[];
  lines: LineIndex;
}

export interface Position {
  line: number; // 0-based
  character: number; // UTF-16 units, 0-based
}

export interface LineIndex {
  lineStarts: number[];
  positionAt(offset: number): Position;
  offsetAt(pos: Position): number;
  lineText(line: number): string;
}
