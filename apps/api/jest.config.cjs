/** Unit tests beside the code, with fakes instead of the database. */
const swc = require('./jest.swc.cjs');
module.exports = {
  displayName: 'api',
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: swc,
  moduleNameMapper: {
    '^@bgb/(contracts|domain|test-support)$': '<rootDir>/../../libs/$1/src/index.ts',
  },
};
