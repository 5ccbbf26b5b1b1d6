import { ListCounter, type NumberingDefinitions } from './docx-numbering';
import { walkWordXml } from './ooxml';

/** The text a reader sees, one line per paragraph (or per table cell), and which paragraph each line belongs to. */
export interface ExtractedBody {
  lines: string[];
  /** 1-based paragraph number of each line: paragraphs as they stand with changes accepted, table cells' included. */
  lineParagraph: number[];
}

/** Elements whose content is not part of the text Word shows with tracked changes accepted. */
const HIDDEN_CONTENT = new Set([
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'delInstrText',
  'pPrChange',
  'rPrChange',
  'sectPrChange',
  'tblPrChange',
  'trPrChange',
  'tcPrChange',
  'tblGridChange',
  'numberingChange',
  'sdtPr',
  'sdtEndPr',
  'txbxContent',
  'sectPr',
  'footnoteReference',
  'endnoteReference',
  'commentReference',
  'annotationRef',
]);
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

interface Paragraph {
  style?: string;
  numId?: string;
  ilvl?: number;
  /** The paragraph mark is a tracked deletion: accepted, this paragraph runs on into the next. */
  markDeleted: boolean;
  parts: string[];
}

/** Walks word/document.xml: paragraphs in order, automatic numbering rendered, tables as tab-led cells. */
export function extractBody(documentXml: string, defs: NumberingDefinitions): ExtractedBody {
  const counter = new ListCounter(defs);
  const lines: string[] = [];
  const lineParagraph: number[] = [];
  const stack: string[] = [];
  const cells: string[][] = []; // open table cells, innermost last: their paragraphs' text
  let hidden = 0; // depth inside HIDDEN_CONTENT or mc:Fallback
  let paragraph: Paragraph | undefined;
  let paragraphCount = 0;
  let firstCellParagraph = 0; // the paragraph number a table cell's line is shown under
  let carried = ''; // text of paragraphs whose mark was deleted, waiting for the next paragraph
  let inPPr = 0;
  let inRun = false;
  let runHidden = false;
  let inText = false;
  const fields: boolean[] = []; // per open complex field: is its result (shown text) being read?

  const showing = () => !hidden && !runHidden && fields.every((shown) => shown);
  const append = (s: string) => {
    if (paragraph && showing()) paragraph.parts.push(s);
  };
  const emit = (text: string, number: number) => {
    for (const line of text.split('\n')) {
      lines.push(line);
      lineParagraph.push(number);
    }
  };

  const finishParagraph = (p: Paragraph) => {
    const text = carried + p.parts.join('');
    if (p.markDeleted) {
      carried = text;
      return;
    }
    carried = '';
    const number = ++paragraphCount;
    const full = numberingLabel(p) + text;
    if (cells.length) {
      firstCellParagraph ||= number;
      cells[cells.length - 1].push(full);
    } else emit(full, number);
  };

  const numberingLabel = (p: Paragraph): string => {
    const fromStyle = defs.numberingOfStyle(p.style);
    const numId = p.numId ?? fromStyle.numId;
    if (!numId || numId === '0') return '';
    const ilvl = p.ilvl ?? fromStyle.ilvl ?? defs.levelLinkedToStyle(numId, p.style) ?? 0;
    return counter.next(numId, ilvl);
  };

  walkWordXml(
    documentXml,
    {
      open(name, attr, tag) {
        const parent = stack[stack.length - 1];
        stack.push(name);
        if (hidden || HIDDEN_CONTENT.has(name) || (tag.uri === MC_NS && tag.local === 'Fallback')) {
          hidden++;
          return;
        }
        switch (name) {
          case 'p':
            paragraph = { markDeleted: false, parts: [] };
            return;
          case 'pPr':
            if (parent === 'p') inPPr++;
            return;
          case 'tc':
            cells.push([]);
            if (cells.length === 1) firstCellParagraph = 0;
            return;
          case 'r':
            inRun = true;
            runHidden = false;
            return;
          case 't':
            inText = parent === 'r';
            return;
          case 'tab':
          case 'ptab':
            if (parent === 'r') append('\t');
            return;
          case 'br':
          case 'cr':
            if (parent === 'r' && (attr('type') ?? 'textWrapping') === 'textWrapping') append('\n');
            return;
          case 'noBreakHyphen':
            append('-');
            return;
          case 'sym': {
            const code = parseInt(attr('char') ?? '', 16);
            if (code > 0) append(String.fromCharCode(code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code));
            return;
          }
          case 'fldChar': {
            const type = attr('fldCharType');
            if (type === 'begin') fields.push(false);
            else if (type === 'separate' && fields.length) fields[fields.length - 1] = true;
            else if (type === 'end') fields.pop();
            return;
          }
        }
        if (inPPr && paragraph) {
          if (name === 'pStyle' && parent === 'pPr') paragraph.style = attr('val');
          else if (name === 'numId' && parent === 'numPr') paragraph.numId = attr('val');
          else if (name === 'ilvl' && parent === 'numPr') paragraph.ilvl = Number(attr('val') ?? 0);
        }
        if (inRun && parent === 'rPr' && (name === 'vanish' || name === 'webHidden')) {
          const val = attr('val');
          runHidden = val !== '0' && val !== 'false' && val !== 'off';
        }
      },
      close(name) {
        stack.pop();
        if (hidden) {
          hidden--;
          // A tracked deletion of the paragraph mark sits in pPr/rPr/del, which counts as hidden content.
          const at = stack.length;
          if (!hidden && name === 'del' && paragraph && stack[at - 1] === 'rPr' && stack[at - 2] === 'pPr' && stack[at - 3] === 'p') {
            paragraph.markDeleted = true;
          }
          return;
        }
        switch (name) {
          case 'p':
            if (paragraph) finishParagraph(paragraph);
            paragraph = undefined;
            inPPr = 0;
            return;
          case 'pPr':
            if (inPPr) inPPr--;
            return;
          case 'r':
            inRun = false;
            runHidden = false;
            return;
          case 't':
            inText = false;
            return;
          case 'tc': {
            const text = cells.pop()!.join(' ').replace(/\n/g, ' ');
            if (cells.length) cells[cells.length - 1].push(text);
            else if (text.trim()) emit('\t' + text, firstCellParagraph || paragraphCount);
            if (!cells.length) firstCellParagraph = 0;
            return;
          }
        }
      },
      text(text) {
        if (inText) append(text);
      },
    },
    'word/document.xml',
  );
  if (carried) emit(carried, paragraphCount + 1);
  return { lines, lineParagraph };
}
