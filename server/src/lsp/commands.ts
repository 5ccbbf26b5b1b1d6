import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import type { Connection, ExecuteCommandParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME, createLineIndex, RULES } from '../core';
import type { LintEngine } from '../node/engine';
import { addAllowedWord } from '../node/config-writer';
import type { Configuration } from './configuration';
import { minimalEdit } from './convert';
import type { DocumentLinter } from './documents';
import { COMMANDS } from './protocol';

/** A word a writer allows: one line of text, not a paragraph. */
const MAX_ALLOWED_WORD = 40;

export class Commands {
  /** Workspace folders as real paths (symbolic links resolved). */
  workspaceRoots: string[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly configuration: Configuration,
    private readonly linter: DocumentLinter,
    private readonly engine: LintEngine,
  ) {}

  async execute(p: ExecuteCommandParams): Promise<unknown> {
    const uri = String(p.arguments?.[0] ?? '');
    if (p.command === COMMANDS.renumber) {
      return this.applyFixes(uri, new Set(RULES.filter((r) => r.meta.tags?.includes('renumber')).map((r) => r.meta.id)), '重新编号标题');
    }
    if (p.command === COMMANDS.fixAllOfRule) {
      const rule = String(p.arguments?.[1] ?? '');
      return this.applyFixes(uri, new Set([rule]), `修正所有 ${rule}`);
    }
    if (p.command === COMMANDS.addAllowedWord) return this.addAllowedWord(uri, String(p.arguments?.[1] ?? ''));
    return null;
  }

  /** Fixes the open document through the engine (every pass, as --fix does) and applies it in the editor. */
  private async applyFixes(uri: string, only: ReadonlySet<string>, label: string): Promise<number> {
    const textDoc = this.documents.get(uri);
    if (!textDoc) return 0;
    const before = textDoc.getText();
    const fixed = await this.engine.fix({ text: before, config: this.configuration.for(uri).config, only });
    if (this.documents.get(uri)?.version !== textDoc.version) return 0; // edited meanwhile
    const edits = minimalEdit(createLineIndex(before), before, fixed.text);
    if (edits.length) await this.connection.workspace.applyEdit({ label, edit: { changes: { [uri]: edits } } });
    return edits.length;
  }

  /**
   * Writes the word into the nearest .reportlintrc.json, only for a document open in the editor that lies in
   * a workspace folder (without folders, the document's own folder), and never outside that folder.
   */
  private addAllowedWord(uri: string, word: string): string | null {
    const refuse = (why: string) => {
      this.connection.console.warn(`未加入允许的词语：${why}`);
      return null;
    };
    if (!word.trim() || word.length > MAX_ALLOWED_WORD || /[\r\n]/.test(word)) return refuse('词语为空、过长或含换行');
    if (!uri.startsWith('file:') || !this.documents.get(uri)) return refuse(`${uri} 不是编辑器中打开的文件`);
    let filePath: string;
    try {
      filePath = fs.realpathSync(fileURLToPath(uri));
    } catch {
      return refuse(`${uri} 不存在`);
    }
    const root = this.workspaceRoots.length
      ? this.workspaceRoots.filter((r) => isInside(filePath, r)).sort((a, b) => b.length - a.length)[0]
      : path.dirname(filePath);
    if (!root) return refuse(`${filePath} 不在工作区文件夹中`);
    const { files } = this.configuration.loader.layersForDirectory(path.dirname(filePath));
    const nearest = files[files.length - 1];
    const target = nearest && isInside(realpathOrSelf(nearest), root) ? nearest : path.join(root, CONFIG_FILE_NAME);
    if (fs.existsSync(target) && !isInside(realpathOrSelf(target), root)) return refuse(`${target} 指向工作区之外`);
    const written = addAllowedWord(target, root, word);
    this.linter.revalidateAll();
    return written;
  }
}

function realpathOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/** Whether `p` is `dir` or lies below it. */
export function isInside(p: string, dir: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (rel.split(path.sep)[0] !== '..' && !path.isAbsolute(rel));
}
