/**
 * Runs the catalog's benchmarks (src/bench/*.bench.ts), which the monorepo's jest projects never
 * match: `npx jest --config subgraphs/catalog/jest.bench.config.js`. Same compiler settings as the
 * root configuration.
 */
const path = require('node:path');
const root = require('../../jest.config.js');

const [unit] = root.projects;

module.exports = {
  ...unit,
  rootDir: path.resolve(__dirname, '../..'),
  displayName: 'catalog-bench',
  testMatch: ['<rootDir>/subgraphs/catalog/src/bench/**/*.bench.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 60 * 60 * 1000,
};
