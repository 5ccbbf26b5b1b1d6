import type { EnumerationKind } from '../model/report-document';

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
  private lines = new Generations<LineShape>();
  private bodies = new Generations<BodyParts>();

  line(text: string, read: (text: string) => LineShape): LineShape {
    return this.lines.get(text, read);
  }

  body(text: string, read: (text: string) => BodyParts): BodyParts {
    return this.bodies.get(text, read);
  }

  /** Called when a parse ends: what it did not ask for is forgotten. */
  settle(): void {
    this.lines.turn();
    this.bodies.turn();
  }
}

/** Entries of the last parse and of the one running; a key asked for again moves to the running one. */
class Generations<V> {
  private previous = new Map<string, V>();
  private current = new Map<string, V>();

  get(key: string, compute: (key: string) => V): V {
    let value = this.current.get(key);
    if (value === undefined) {
      value = this.previous.get(key) ?? compute(key);
      this.current.set(key, value);
    }
    return value;
  }

  turn(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}
