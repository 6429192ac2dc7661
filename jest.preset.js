const path = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  // The summary reporter records each project's counts so `npm test` can print one closing line.
  reporters: ['default', path.join(__dirname, 'tools/jest/summary-reporter.js')],
  // A spec whose set-up fails half-way can leave a reconnecting client (Redis, LISTEN) behind; without this the
  // run would wait for it forever instead of reporting the failure. Leaks are hunted with --detectOpenHandles.
  forceExit: true,
};
