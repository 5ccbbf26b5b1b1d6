// Activated in a real VS Code (code-server here): when REPORTLINT_E2E_RESULTS names a file, runs the suite
// and writes its results there for the harness outside (test/e2e/run-e2e.mjs) to read.
const fs = require('fs');
const { runSuite } = require('./run-suite');

async function activate() {
  const resultsFile = process.env.REPORTLINT_E2E_RESULTS;
  const projectRoot = process.env.REPORTLINT_E2E_PROJECT;
  if (!resultsFile || !projectRoot) return;
  let results;
  try {
    results = await runSuite(projectRoot);
  } catch (err) {
    results = { passes: 0, failures: 1, tests: [{ title: 'runner', ok: false, error: String((err && err.stack) || err) }] };
  }
  fs.writeFileSync(resultsFile + '.tmp', JSON.stringify(results, null, 2));
  fs.renameSync(resultsFile + '.tmp', resultsFile);
}

module.exports = { activate, deactivate() {} };
