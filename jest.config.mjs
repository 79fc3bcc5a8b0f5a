// ESM jest: @swc/jest strips types and keeps legacy decorators + metadata, which Nest's injection needs.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^content-disposition$': '<rootDir>/test/setup/content-disposition.cjs',
    '^#migrations$': '<rootDir>/migrations/index.ts',
    '^#([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

export default {
  globalSetup: '<rootDir>/test/setup/global-setup.mjs',
  globalTeardown: '<rootDir>/test/setup/global-teardown.mjs',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,migrations}/**/*.unit.spec.ts'] },
    // An int test may make a database of its own and import into it (import-order: four documents per
    // order): on a loaded machine (load average 11) that took over jest's default 5 s.
    { ...shared, displayName: 'int', testMatch: ['<rootDir>/{apps,libs,migrations}/**/*.int.spec.ts'], testTimeout: 30_000 },
    // An e2e file starts the whole app (a database, migrations, Nest on Fastify) in its first hook:
    // on a machine shared with other work that alone took over jest's default 5 s.
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'], testTimeout: 30_000 },
  ],
};
