import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAME, ConfigError, parseConfigText, resolveConfig, type ConfigLayer, type ResolvedConfig } from '../core';

/** Finds .reportlintrc.json upward from each file; the one loader for the CLI and the language server. */
export class ConfigLoader {
  private readonly dirCache = new Map<string, { layers: ConfigLayer[]; files: string[] }>();
  private readonly fileCache = new Map<string, ConfigLayer>();

  /** Nearest config last, so it wins. */
  layersForDirectory(dir: string): { layers: ConfigLayer[]; files: string[] } {
    const abs = path.resolve(dir);
    const cached = this.dirCache.get(abs);
    if (cached) return cached;
    const candidate = path.join(abs, CONFIG_FILE_NAME);
    const own = fs.existsSync(candidate) ? this.loadFile(candidate) : undefined;
    const parentDir = path.dirname(abs);
    let result: { layers: ConfigLayer[]; files: string[] };
    if (own?.root || parentDir === abs) {
      result = own ? { layers: [own], files: [candidate] } : { layers: [], files: [] };
    } else {
      const up = this.layersForDirectory(parentDir);
      result = own ? { layers: [...up.layers, own], files: [...up.files, candidate] } : up;
    }
    this.dirCache.set(abs, result);
    return result;
  }

  loadFile(file: string): ConfigLayer {
    const abs = path.resolve(file);
    const cached = this.fileCache.get(abs);
    if (cached) return cached;
    let text: string;
    try {
      text = fs.readFileSync(abs, 'utf8');
    } catch (err) {
      throw new ConfigError(abs, 1, 1, `无法读取配置文件：${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    const layer = parseConfigText(text, abs);
    this.fileCache.set(abs, layer);
    return layer;
  }

  /**
   * Defaults < editor settings < config files found upward (farthest first) < an explicit --config file.
   * Files win over settings so that CI, which reads only files, agrees with the editor.
   */
  resolveFor(filePath: string | undefined, opts: { settings?: ConfigLayer; explicitFile?: string } = {}): ResolvedConfig {
    const layers: ConfigLayer[] = [];
    if (opts.settings) layers.push(opts.settings);
    if (opts.explicitFile) {
      layers.push(this.loadFile(opts.explicitFile));
    } else {
      layers.push(...this.layersForDirectory(filePath ? path.dirname(path.resolve(filePath)) : process.cwd()).layers);
    }
    return resolveConfig(layers);
  }

  clear(): void {
    this.dirCache.clear();
    this.fileCache.clear();
  }
}
