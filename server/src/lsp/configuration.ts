import { fileURLToPath } from 'url';
import { wordViewSourcePath } from '../node/formats/word-view';
import type { Connection } from 'vscode-languageserver/node';
import { ConfigError, configLayerFromObject, RULES_BY_ID, type ConfigLayer, type ResolvedConfig } from '../core';
import { ConfigLoader } from '../node/config-loader';

export interface ServerSettings {
  rules?: Record<string, string>;
  typos?: Record<string, string>;
  allow?: string[];
  debounceMs?: number;
  /** Documents larger than this (in MB of UTF-8) are not linted. */
  maxDocumentMb?: number;
  /** Documents of more characters than this are linted whole on a worker thread. */
  offThreadChars?: number;
}

export const DEFAULT_MAX_DOCUMENT_MB = 16;
export const DEFAULT_OFF_THREAD_CHARS = 300_000;
export const DEFAULT_DEBOUNCE_MS = 75;

export interface DocumentConfig {
  config: ResolvedConfig;
  error?: ConfigError;
}

/** The editor's settings and the .reportlintrc.json files, resolved once a document until either changes. */
export class Configuration {
  settings: ServerSettings = {};
  pullConfiguration = false;
  readonly loader = new ConfigLoader();
  private readonly cache = new Map<string, DocumentConfig>();

  constructor(private readonly connection: Connection) {}

  get debounceMs(): number {
    return this.settings.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  }

  get maxDocumentBytes(): number {
    const mb = this.settings.maxDocumentMb;
    return (typeof mb === 'number' && mb > 0 ? mb : DEFAULT_MAX_DOCUMENT_MB) * 1024 * 1024;
  }

  get offThreadChars(): number {
    const n = this.settings.offThreadChars;
    return typeof n === 'number' && n >= 0 ? n : DEFAULT_OFF_THREAD_CHARS;
  }

  for(uri: string): DocumentConfig {
    let cached = this.cache.get(uri);
    if (!cached) this.cache.set(uri, (cached = this.resolve(uri)));
    return cached;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** After a change of settings or of a config file. */
  clear(): void {
    this.loader.clear();
    this.cache.clear();
  }

  async refresh(): Promise<void> {
    if (!this.pullConfiguration) return;
    const value = (await this.connection.workspace.getConfiguration('reportlint')) as ServerSettings | null;
    this.settings = value ?? {};
  }

  private layer(): ConfigLayer | undefined {
    const rules: Record<string, string> = {};
    for (const [id, sev] of Object.entries(this.settings.rules ?? {})) {
      if (RULES_BY_ID.has(id) && ['off', 'warn', 'error'].includes(sev)) rules[id] = sev;
    }
    try {
      return configLayerFromObject({ rules, typos: this.settings.typos ?? {}, allow: this.settings.allow ?? [] }, 'settings');
    } catch {
      return undefined; // settings are filtered above; a bad typo map is simply ignored
    }
  }

  private resolve(uri: string): DocumentConfig {
    const filePath = uri.startsWith('file:') ? fileURLToPath(uri) : wordViewSourcePath(uri);
    const settings = this.layer();
    try {
      return { config: this.loader.resolveFor(filePath, { settings }) };
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      return { config: this.loader.resolveFor(undefined, { settings }), error: err };
    }
  }
}
