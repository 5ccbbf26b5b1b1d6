// npm run lint: typescript-eslint's recommended rules over the sources, tests, benchmarks and scripts.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.e2e-cache/**', 'test/e2e/artifacts/**', '**/*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // Unused names are mistakes, except deliberate placeholders written with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Rule<O = any> lets the registry hold rules with different option types.
      '@typescript-eslint/no-explicit-any': 'off',
      // Full-width spaces are part of Chinese text: in strings, patterns and comments they are meant.
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipRegExps: true, skipTemplates: true }],
      // `cond ? a++ : b++` counts in one line; other bare expressions are still mistakes.
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true }],
      // Imports are ES imports, except a native addon loaded only when asked for and modules a test needs late.
      '@typescript-eslint/no-require-imports': [
        'error',
        { allow: ['^nodejieba$', '^iconv-lite$', '^child_process$', '^officecrypto-tool$'] },
      ],
    },
  },
  {
    // Binary detection matches control characters on purpose.
    files: ['server/src/node/report-file.ts', 'server/src/node/byte-scan.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The launchers and the end-to-end runner and suite are CommonJS (the suite runs under mocha in VS Code).
    files: ['test/e2e/**/*.js', 'bin/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node, ...globals.mocha } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
