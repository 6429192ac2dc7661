// Browser tests of the admin app against a running server (E2E_BASE_URL). Named jest.e2e.config.cts, not
// jest.config.cts, so the Nx jest plugin infers no `test` target: unit runs never need a server or a browser.
module.exports = {
  displayName: 'admin-e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testTimeout: 60_000,
  maxWorkers: 1,
};
