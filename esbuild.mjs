// Bundles the VS Code client, the language server (and its segmenter worker) and the CLI into dist/.
import * as esbuild from 'esbuild';
import { execFileSync } from 'child_process';
import { readFileSync, rmSync } from 'fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
// The data tables (char-confusions.json and set-phrases.json, megabytes of Chinese) as JSON.parse of one string
// rather than an object literal: V8 scans a string and parses JSON far faster than it compiles a literal that
// size, and every thread that starts (the CLI, each worker) pays for it.
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /[\\/]core[\\/]data[\\/][^\\/]+\.json$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

const common = {
  plugins: [jsonAsParse],
  charset: 'utf8',
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build does not.
  mainFields: ['module', 'main'],
  sourcemap: true,
  logLevel: 'warning',
  // nodejieba is a native addon: shipped as it is in node_modules, never bundled.
  external: ['vscode', 'nodejieba'],
  // ESM dependencies (fdir) read import.meta.url, which a CJS bundle lacks.
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  define: { REPORTLINT_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__importMetaUrl' },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' },
  { entryPoints: ['server/src/server-main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/node/lint-worker.ts'], outfile: 'dist/lint-worker.js' },
  { entryPoints: ['server/src/cli/index.ts'], outfile: 'dist/cli.js' },
];

if (watch) {
  for (const e of entries) await (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
  // jieba's dictionary built once, here, into dist/jieba-dictionary.idx: workers read it instead of building it.
  const builder = 'dist/build-dictionary-index.js';
  await esbuild.build({ ...common, sourcemap: false, entryPoints: ['scripts/build-dictionary-index.ts'], outfile: builder });
  execFileSync(process.execPath, [builder, 'dist/jieba-dictionary.idx'], { stdio: 'inherit' });
  rmSync(builder);
}
