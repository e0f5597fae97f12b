/** Pure library: unit tests only, transpiled by swc. */
module.exports = {
  displayName: require('./package.json').name,
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  moduleNameMapper: { '^@bgb/(contracts|domain|test-support)$': '<rootDir>/../$1/src/index.ts' },
};
