const path = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  // The summary reporter records each project's counts so `npm test` can print one closing line.
  reporters: ['default', path.join(__dirname, 'tools/jest/summary-reporter.js')],
};
