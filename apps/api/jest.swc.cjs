/** swc transforms with Nest's decorator metadata, shared by the unit and integration configs. */
const options = (tsx) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx, decorators: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        react: { runtime: 'automatic' },
      },
      target: 'es2022',
    },
  },
];

// Mail layouts are React components; everything else stays plain TypeScript, where `<T>x` is a cast.
module.exports = { '^.+\\.ts$': options(false), '^.+\\.tsx$': options(true) };
