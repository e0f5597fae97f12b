/**
 * Integration tests: each file starts the built API as a child process on a fresh database
 * (embedded PGlite by default, a new PostgreSQL database when DATABASE_URL is set) and talks
 * to it over HTTP, with an in-process SMTP server receiving its mail. The fresh database is a
 * copy of a template migrated once per run, and files run in parallel workers; the API
 * process does most of the work, so a few more workers than cores keep both cores busy.
 */
const swc = require('./jest.swc.cjs');
module.exports = {
  displayName: 'api-integration',
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  // otplib (tests compute TOTP codes with it) reaches ES-module-only hashing and base32 packages.
  transform: { ...swc, '/node_modules/@(scure|noble)/.+\\.js$': '@swc/jest' },
  transformIgnorePatterns: ['/node_modules/(?!@(scure|noble)/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/test/support/retry-on-ci.ts'],
  maxWorkers: Number(process.env.INTEGRATION_WORKERS ?? 3),
  moduleNameMapper: {
    '^@bgb/(contracts|domain|test-support)$': '<rootDir>/../../libs/$1/src/index.ts',
  },
  // Long enough for an API to start on a busy two-core machine, and for its error to show.
  testTimeout: 90000,
};
