// Runs the end-to-end suite with mocha inside the extension host, against the real `vscode` API.
const path = require('path');

/** @returns {Promise<{passes: number, failures: number, tests: {title: string, ok: boolean, error?: string}[]}>} */
function runSuite(projectRoot) {
  const Mocha = require(path.join(projectRoot, 'node_modules', 'mocha'));
  const mocha = new Mocha({ ui: 'bdd', timeout: 120000, color: false });
  mocha.addFile(path.join(projectRoot, 'test', 'e2e', 'suite', 'extension.e2e.js'));
  const tests = [];
  return new Promise((resolve) => {
    const runner = mocha.run((failures) => resolve({ passes: tests.filter((t) => t.ok).length, failures, tests }));
    runner.on('pass', (t) => tests.push({ title: t.fullTitle(), ok: true }));
    runner.on('fail', (t, err) => tests.push({ title: t.fullTitle(), ok: false, error: String((err && err.stack) || err) }));
  });
}

module.exports = { runSuite };
