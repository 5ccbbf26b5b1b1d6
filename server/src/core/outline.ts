import type { Heading, ReportDocument } from './model/report-document';

export interface OutlineNode {
  title: string;
  marker: string;
  level: number;
  line: number; // 1-based
  children: OutlineNode[];
}

/** The heading tree as the CLI prints it: [{title, marker, level, line, children}]. */
export function outlineOf(doc: ReportDocument): OutlineNode[] {
  const convert = (h: Heading, level: number): OutlineNode => ({
    title: h.title,
    marker: h.marker.text,
    level,
    line: h.line + 1,
    children: h.children.map((c) => convert(c, level + 1)),
  });
  return doc.outline.map((h) => convert(h, 1));
}

export function formatOutlineText(nodes: OutlineNode[]): string {
  const out: string[] = [];
  const walk = (ns: OutlineNode[], depth: number) => {
    for (const n of ns) {
      out.push(`${String(n.line).padStart(5)}  ${'  '.repeat(depth)}${n.marker ? n.marker + ' ' : ''}${n.title}`);
      walk(n.children, depth + 1);
    }
  };
  walk(nodes, 0);
  return out.join('\n');
}
