/**
 * The editor shows a Word document's extracted text as a read-only document of its own scheme; its path is the
 * .docx's path, so configuration is looked up from the Word file's folder as for any report there.
 */
export const WORD_VIEW_SCHEME = 'reportlint-docx';

/** The .docx behind a Word view URI ("reportlint-docx:/reports/a.docx"), or undefined for any other URI. */
export function wordViewSourcePath(uri: string): string | undefined {
  if (!uri.startsWith(`${WORD_VIEW_SCHEME}:`)) return undefined;
  try {
    const pathname = decodeURIComponent(new URL(uri).pathname);
    return /^\/[A-Za-z]:/.test(pathname) ? pathname.slice(1) : pathname; // /c:/reports/a.docx on Windows
  } catch {
    return undefined;
  }
}
