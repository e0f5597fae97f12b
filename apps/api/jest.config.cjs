/** Unit tests beside the code, with fakes instead of the database. */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' } }];
module.exports = {
  displayName: 'api',
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^@bgb/(contracts|domain)$': '<rootDir>/../../libs/$1/src/index.ts' },
};
module.exports.swc = swc;
