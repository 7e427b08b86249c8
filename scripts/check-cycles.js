#!/usr/bin/env node
/**
 * Fails when modules import each other in a circle, anywhere in the repository (part of `npm run lint`).
 *
 * Why madge and not eslint-plugin-import-x's no-cycle: import-x skips `import type`, and the cycles
 * that hurt this codebase are mostly type-level ones (a request context typed with every service,
 * each service typed with the context: eight files no one can read or move alone). madge follows
 * type imports too, and `@commerce/*` through tsconfig.tests.json's paths, so a cycle that runs
 * across packages is found as well.
 *
 *   node scripts/check-cycles.js [folder...]    (default: every source folder)
 */
const path = require('node:path');
const madge = require('madge');

const root = path.resolve(__dirname, '..');
const DEFAULT_FOLDERS = ['packages', 'subgraphs', 'gateway', 'tests', 'scripts', 'bench'];

async function main() {
  const folders = process.argv.slice(2);
  const result = await madge(folders.length > 0 ? folders : DEFAULT_FOLDERS, {
    baseDir: root,
    fileExtensions: ['ts', 'js'],
    tsConfig: path.join(root, 'tsconfig.tests.json'),
    excludeRegExp: [/node_modules/, /(^|\/)dist\//, /\.d\.ts$/, /^tests\/generated\//, /^bench\/results\//],
    detectiveOptions: {
      ts: { skipTypeImports: false, skipAsyncImports: false },
      es6: { skipTypeImports: false },
    },
  });

  const cycles = result.circular();
  if (cycles.length === 0) {
    console.log(`check-cycles: no import cycle among ${Object.keys(result.obj()).length} modules`);
    return;
  }
  console.error(
    `check-cycles: ${cycles.length} import cycle(s); each line is one circle (the last imports the first):`,
  );
  for (const cycle of cycles) console.error(`  ${cycle.join(' -> ')}`);
  console.error(
    'Break each by moving what both sides need into a module of its own (types included: `import type` cycles count).',
  );
  process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
