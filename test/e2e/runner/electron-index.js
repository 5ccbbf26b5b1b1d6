// Entry for @vscode/test-electron (extensionTestsPath): the same suite in a downloaded VS Code.
const path = require('path');
const { runSuite } = require('./run-suite');

exports.run = async function run() {
  const results = await runSuite(path.resolve(__dirname, '..', '..', '..'));
  for (const t of results.tests) console.log(`${t.ok ? '✔' : '✖'} ${t.title}${t.error ? '\n' + t.error : ''}`);
  if (results.failures) throw new Error(`${results.failures} end-to-end tests failed`);
};
