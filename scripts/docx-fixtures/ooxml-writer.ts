// Writes small .docx files to the OOXML schema (ECMA-376, transitional), with list definitions as Word writes them.
import { strToU8, zipSync } from 'fflate';

export interface Level {
  ilvl: number;
  numFmt: string;
  lvlText: string;
  start?: number;
  /** w:lvlRestart */
  restart?: number;
  pStyle?: string;
  suff?: 'tab' | 'space' | 'nothing';
}
export interface AbstractNum {
  id: number;
  levels: Level[];
}
export interface Num {
  numId: number;
  abstractNumId: number;
  startOverrides?: { ilvl: number; start: number }[];
  levelOverrides?: Level[];
}
export interface Style {
  id: string;
  name: string;
  basedOn?: string;
  numId?: number;
  ilvl?: number;
}
/** A paragraph: plain text, or raw run XML in `runs` for tracked changes, fields and the like. */
export interface Para {
  text?: string;
  runs?: string;
  style?: string;
  numId?: number;
  ilvl?: number;
  /** Raw XML appended inside w:pPr (e.g. a deleted paragraph mark). */
  pPrExtra?: string;
}
export interface Table {
  rows: string[][];
}
export interface DocSpec {
  abstracts?: AbstractNum[];
  nums?: Num[];
  styles?: Style[];
  body: (Para | Table)[];
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const run = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

function levelXml(l: Level): string {
  // Word indents each level by 420 twips (two CJK characters) and writes these children in this order.
  return (
    `<w:lvl w:ilvl="${l.ilvl}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.numFmt}"/>` +
    (l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : '') +
    (l.pStyle ? `<w:pStyle w:val="${l.pStyle}"/>` : '') +
    (l.suff ? `<w:suff w:val="${l.suff}"/>` : '') +
    `<w:lvlText w:val="${esc(l.lvlText)}"/><w:lvlJc w:val="left"/>` +
    `<w:pPr><w:ind w:left="${420 * (l.ilvl + 1)}" w:hanging="420"/></w:pPr><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:lvl>`
  );
}

function numberingXml(spec: DocSpec): string {
  const abstracts = (spec.abstracts ?? [])
    .map(
      (a) =>
        `<w:abstractNum w:abstractNumId="${a.id}"><w:multiLevelType w:val="multilevel"/>${a.levels.map(levelXml).join('')}</w:abstractNum>`,
    )
    .join('');
  const nums = (spec.nums ?? [])
    .map((n) => {
      const overrides = [
        ...(n.startOverrides ?? []).map((o) => `<w:lvlOverride w:ilvl="${o.ilvl}"><w:startOverride w:val="${o.start}"/></w:lvlOverride>`),
        ...(n.levelOverrides ?? []).map((l) => `<w:lvlOverride w:ilvl="${l.ilvl}">${levelXml(l)}</w:lvlOverride>`),
      ].join('');
      return `<w:num w:numId="${n.numId}"><w:abstractNumId w:val="${n.abstractNumId}"/>${overrides}</w:num>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W}">${abstracts}${nums}</w:numbering>`;
}

function stylesXml(spec: DocSpec): string {
  const styles = (spec.styles ?? [])
    .map((s) => {
      const numPr =
        s.numId !== undefined || s.ilvl !== undefined
          ? `<w:pPr><w:numPr>${s.ilvl !== undefined ? `<w:ilvl w:val="${s.ilvl}"/>` : ''}${s.numId !== undefined ? `<w:numId w:val="${s.numId}"/>` : ''}</w:numPr></w:pPr>`
          : '';
      return `<w:style w:type="paragraph" w:styleId="${s.id}"><w:name w:val="${esc(s.name)}"/>${s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : ''}<w:qFormat/>${numPr}</w:style>`;
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${styles}</w:styles>`
  );
}

function paragraphXml(p: Para): string {
  const numPr =
    p.numId !== undefined
      ? `<w:numPr>${p.ilvl !== undefined ? `<w:ilvl w:val="${p.ilvl}"/>` : ''}<w:numId w:val="${p.numId}"/></w:numPr>`
      : '';
  const pPr =
    p.style || numPr || p.pPrExtra ? `<w:pPr>${p.style ? `<w:pStyle w:val="${p.style}"/>` : ''}${numPr}${p.pPrExtra ?? ''}</w:pPr>` : '';
  return `<w:p>${pPr}${p.runs ?? (p.text ? run(p.text) : '')}</w:p>`;
}

function tableXml(t: Table): string {
  const cols = Math.max(...t.rows.map((r) => r.length));
  const grid = `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(cols)}</w:tblGrid>`;
  const rows = t.rows.map(
    (r) =>
      `<w:tr>${r.map((c) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paragraphXml({ text: c })}</w:tc>`).join('')}</w:tr>`,
  );
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${rows.join('')}</w:tbl>`;
}

export function buildDocx(spec: DocSpec): Uint8Array {
  const body = spec.body.map((b) => ('rows' in b ? tableXml(b) : paragraphXml(b))).join('');
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}` +
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const rels = (inner: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${inner}</Relationships>`;
  const override = (part: string, type: string) =>
    `<Override PartName="/word/${part}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${type}+xml"/>`;
  const contentTypes =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    override('document', 'document.main') +
    override('styles', 'styles') +
    override('numbering', 'numbering') +
    `</Types>`;
  // A fixed date keeps the generated files byte-for-byte reproducible.
  const mtime = new Date('2024-01-01T00:00:00Z');
  const file = (s: string): [Uint8Array, { mtime: Date }] => [strToU8(s), { mtime }];
  return zipSync({
    '[Content_Types].xml': file(contentTypes),
    '_rels/.rels': file(rels(rel('rId1', 'officeDocument', 'word/document.xml'))),
    'word/document.xml': file(document),
    'word/_rels/document.xml.rels': file(rels(rel('rId1', 'styles', 'styles.xml') + rel('rId2', 'numbering', 'numbering.xml'))),
    'word/styles.xml': file(stylesXml(spec)),
    'word/numbering.xml': file(numberingXml(spec)),
  });
}
