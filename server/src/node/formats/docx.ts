import * as fs from 'fs';
import * as path from 'path';
import { InputError, readReportFile, type ReportFile } from '../report-file';
import { extractBody } from './docx-body';
import { DOCX_LIMITS, readDocxParts } from './docx-archive';
import { NumberingDefinitions } from './docx-numbering';
import { OoxmlError, readRelationships, relationshipOfType } from './ooxml';

/**
 * The text of a Word document as the rules see it: one line per paragraph with automatic numbering rendered as
 * Word shows it, a table cell per line led by a tab, tracked changes accepted; comments, footnotes, headers and
 * footers and text boxes left out. A manual line break (Shift+Enter) starts a new line within its paragraph.
 */
export interface DocxText {
  text: string;
  /** 1-based Word paragraph number of each line of `text` (index 0 is line 1). */
  lineParagraph: number[];
}

export const isDocxPath = (filePath: string) => path.extname(filePath).toLowerCase() === '.docx';

const REL_OFFICE_DOCUMENT = '/officeDocument';

export function extractDocx(bytes: Uint8Array, filePath: string): DocxText {
  const parts = readDocxParts(bytes, filePath);
  try {
    const main =
      relationshipOfType(readRelationships(parts.get('_rels/.rels'), '', '_rels/.rels'), REL_OFFICE_DOCUMENT) ?? 'word/document.xml';
    const documentXml = parts.get(main);
    if (documentXml === undefined) {
      throw new InputError(filePath, '不是 Word 文档：压缩包里没有正文（word/document.xml），可能是改了扩展名的其他文件');
    }
    const dir = path.posix.dirname(main);
    const relsName = `${dir}/_rels/${path.posix.basename(main)}.rels`;
    const rels = readRelationships(parts.get(relsName), dir, relsName);
    const numbering = parts.get(relationshipOfType(rels, '/numbering') ?? `${dir}/numbering.xml`);
    const styles = parts.get(relationshipOfType(rels, '/styles') ?? `${dir}/styles.xml`);
    const body = extractBody(documentXml, new NumberingDefinitions(numbering, styles));
    return { text: body.lines.join('\n'), lineParagraph: body.lineParagraph };
  } catch (err) {
    if (err instanceof OoxmlError) throw new InputError(filePath, `文件已损坏：${err.message}`);
    throw err;
  }
}

/** Reads a .docx from disk as a report: the extracted text, never to be written back. */
export function readDocxFile(filePath: string): ReportFile & { docx: DocxText } {
  let bytes: Buffer;
  try {
    const size = fs.statSync(filePath).size;
    if (size > DOCX_LIMITS.fileBytes) {
      throw new InputError(filePath, `文件过大（${(size / 1048576).toFixed(1)} MB，上限 ${DOCX_LIMITS.fileBytes / 1048576} MB）`);
    }
    bytes = fs.readFileSync(filePath);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(filePath, `无法读取：${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const docx = extractDocx(bytes, filePath);
  return { text: docx.text, encoding: 'utf8', bom: false, docx };
}

/** Any report on disk: a .docx is extracted, anything else decoded as text. */
export function readAnyReportFile(filePath: string): ReportFile & { docx?: DocxText } {
  return isDocxPath(filePath) ? readDocxFile(filePath) : readReportFile(filePath);
}

/** The paragraph lookup formatters use to name positions in a Word document; nothing for text files. */
export function paragraphMapOf(file: object): { paragraphOf?: (line: number) => number } {
  const docx = (file as { docx?: DocxText }).docx;
  return docx ? { paragraphOf: (line) => docx.lineParagraph[line - 1] ?? line } : {};
}

/** Why --fix leaves a Word file alone. */
export function docxFixRefusal(filePath: string): InputError {
  return new InputError(
    filePath,
    '--fix 不会改写 Word 文档：请去掉 --fix 查看问题并在 Word 中修改（reportlint extract 可导出检查所用的文本）',
  );
}
