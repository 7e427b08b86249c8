/**
 * One jest run for the whole monorepo. TypeScript is compiled by swc with decorator metadata
 * (type-graphql and TypeORM read it); workspace packages resolve to their sources, so tests never
 * need a build first.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const shared = {
  transform: { '^.+\\.ts$': swc },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Any workspace by its name, from its sources: packages/<name> or subgraphs/<name> (the first that
  // exists), and `@commerce/<name>/testing` for its test helpers. No list to keep in step with the
  // folders.
  moduleNameMapper: {
    '^@commerce/gateway$': '<rootDir>/gateway/src/index.ts',
    '^@commerce/([a-z-]+)/testing$': [
      '<rootDir>/packages/$1/src/testing/index.ts',
      '<rootDir>/subgraphs/$1/src/testing/index.ts',
    ],
    '^@commerce/([a-z-]+)$': ['<rootDir>/packages/$1/src/index.ts', '<rootDir>/subgraphs/$1/src/index.ts'],
  },
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{packages,subgraphs,gateway}/**/src/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '\\.int\\.spec\\.ts$'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{packages,subgraphs,gateway}/**/src/**/*.int.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '\\.serial\\.int\\.spec\\.ts$'],
    },
    {
      // Tests that stop or restart a shared engine (the RabbitMQ broker): run alone, after the rest,
      // so no other suite sees the outage (scripts/test.sh runs this project with --runInBand).
      // Integration suites name them *.serial.int.spec.ts, end-to-end suites *.serial.spec.ts.
      ...shared,
      displayName: 'serial',
      testMatch: [
        '<rootDir>/{packages,subgraphs,gateway}/**/src/**/*.serial.int.spec.ts',
        '<rootDir>/tests/**/*.serial.spec.ts',
      ],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '\\.serial\\.spec\\.ts$'],
    },
  ],
  testTimeout: 30000,
};
