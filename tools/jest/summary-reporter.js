// Writes one JSON file per Jest run into TEST_RESULTS_DIR (when set) so the test orchestrator can add up
// passed, failed and skipped tests across every Nx project and print a single closing line.
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const dir = process.env.TEST_RESULTS_DIR;
    if (!dir) return;
    fs.mkdirSync(dir, { recursive: true });
    const project = path.relative(path.join(__dirname, '../..'), this.rootDir).replace(/[\\/]/g, '_') || 'root';
    const summary = {
      project,
      passed: results.numPassedTests,
      failed: results.numFailedTests,
      skipped: results.numPendingTests + results.numTodoTests,
      failedSuites: results.numFailedTestSuites,
      runtimeErrorSuites: results.numRuntimeErrorTestSuites,
    };
    fs.writeFileSync(path.join(dir, `${project}-${process.pid}.json`), JSON.stringify(summary));
  }
}

module.exports = SummaryReporter;
