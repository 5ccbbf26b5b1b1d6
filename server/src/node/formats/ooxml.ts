import { SaxesParser, type SaxesTagNS } from 'saxes';

/** WordprocessingML's namespace, transitional (what Word and LibreOffice write) and strict. */
const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const R_NAMESPACES = new Set(['http://schemas.openxmlformats.org/package/2006/relationships']);

export interface XmlHandlers {
  /** `name` is the local name of a WordprocessingML element, or '' for any other element. */
  open(name: string, attr: (local: string) => string | undefined, tag: SaxesTagNS): void;
  close(name: string): void;
  text?(text: string): void;
}

const wName = (tag: SaxesTagNS) => (W_NAMESPACES.has(tag.uri) ? tag.local : '');

/** Streams an OOXML part through saxes, naming elements by local name within the WordprocessingML namespace. */
export function walkWordXml(xml: string, handlers: XmlHandlers, partName: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    const attr = (local: string) => {
      for (const a of Object.values(tag.attributes)) if (a.local === local && (W_NAMESPACES.has(a.uri) || a.uri === '')) return a.value;
      return undefined;
    };
    handlers.open(wName(tag), attr, tag);
  });
  parser.on('closetag', (tag) => handlers.close(wName(tag)));
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  try {
    parser.write(xml).close();
  } catch (err) {
    throw new OoxmlError(`${partName} 不是有效的 XML：${(err as Error).message.split('\n')[0]}`);
  }
}

export class OoxmlError extends Error {}

export interface Relationship {
  type: string;
  target: string;
}

/** The relationships in a .rels part, targets resolved against the folder of the part they belong to. */
export function readRelationships(xml: string | undefined, baseDir: string, partName: string): Relationship[] {
  if (!xml) return [];
  const out: Relationship[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    if (!R_NAMESPACES.has(tag.uri) || tag.local !== 'Relationship') return;
    const attrs = Object.values(tag.attributes);
    const type = attrs.find((a) => a.local === 'Type')?.value ?? '';
    const target = attrs.find((a) => a.local === 'Target')?.value ?? '';
    const external = attrs.find((a) => a.local === 'TargetMode')?.value === 'External';
    if (!external) out.push({ type, target: resolvePartName(baseDir, target) });
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    throw new OoxmlError(`${partName} 不是有效的 XML：${(err as Error).message.split('\n')[0]}`);
  }
  return out;
}

/** "word" + "../customXml/item1.xml" -> "customXml/item1.xml"; a leading "/" is from the package root. */
function resolvePartName(baseDir: string, target: string): string {
  const segments = target.startsWith('/') ? [] : baseDir.split('/').filter(Boolean);
  for (const s of target.split('/')) {
    if (!s || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(s);
  }
  return segments.join('/');
}

export const relationshipOfType = (rels: Relationship[], suffix: string) => rels.find((r) => r.type.endsWith(suffix))?.target;
