import path from 'node:path';

/** Everything the browser tests read from the environment, with the defaults of a local demo set-up. */
export const e2eSettings = {
  baseUrl: (process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:3000').replace(/\/+$/, ''),
  chromiumPath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  admin: {
    email: process.env['E2E_ADMIN_EMAIL'] ?? 'admin@example.com',
    password: process.env['E2E_ADMIN_PASSWORD'] ?? 'admin-demo-password',
  },
  screenshotDir: path.resolve(__dirname, '../../../../tmp/e2e'),
  /** Upper bound for one UI expectation; Playwright returns as soon as it holds. */
  expectTimeoutMs: 15_000,
} as const;
