import type { DocSpec } from './ooxml-writer';

/** A Word document to make, and what a writer sees in it. */
export interface Fixture {
  name: string;
  spec: DocSpec;
  /** The report as a writer would type it, numbers and all: what Word shows (a label's tab included). */
  typed: string;
  /**
   * The same report as LibreOffice shows it after saving the document as .docx, when that differs: LibreOffice keeps
   * no "never restart" (w:lvlRestart 0), and reads a style that names a list but no level as level 1.
   */
  libreofficeTyped?: string;
  /** Whether LibreOffice can open it (it cannot open footnote and comment references whose parts are missing). */
  libreoffice: boolean;
}
