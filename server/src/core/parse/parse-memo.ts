import type { EnumerationKind } from '../model/report-document';
import { TextCache } from '../text/text-cache';

/** A line's indentation and content, wherever it stands. */
export interface LineShape {
  /** Offset of the first meaningful character (after indentation and artifacts). */
  contentStart: number;
  content: string;
  blank: boolean;
  tabbed: boolean;
}

/** A paragraph body's sentences and enumeration markers, with offsets from the body's start. */
export interface BodyParts {
  sentences: { text: string; start: number; end: number }[];
  enumerations: { kind: EnumerationKind; value: number; text: string; start: number; end: number }[];
}

/**
 * What parsing learnt about each line and each paragraph body, kept by content between parses of one document
 * (the editor parses it again after every edit): only the lines and paragraphs an edit changed are read again.
 * Results are stored relative to where their text starts, so they hold wherever the text moves. Only what the
 * last parse used is kept, so the memo never outgrows the document.
 */
export class ParseMemo {
  // Unbounded: each parse turns a generation, so they hold one document's lines and bodies.
  private lines = new TextCache<LineShape>(Infinity);
  private bodies = new TextCache<BodyParts>(Infinity);

  line(text: string, read: (text: string) => LineShape): LineShape {
    return this.lines.get(text, read);
  }

  body(text: string, read: (text: string) => BodyParts): BodyParts {
    return this.bodies.get(text, read);
  }

  /** Called when a parse ends: what it did not ask for is forgotten at the end of the next. */
  settle(): void {
    this.lines.turn();
    this.bodies.turn();
  }
}
