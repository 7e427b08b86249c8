#!/usr/bin/env node
/**
 * `npm run seed -- --size 100000`: seeds the catalog of a running full stack (sellers through users,
 * categories and products into the catalog store), then rebuilds the search index from the catalog
 * export (zero-downtime swap). Prints both throughputs. Pass-through flags: --size --seed --sellers.
 */
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const args = process.argv.slice(2);
const run = (script) =>
  execFileSync(process.execPath, [path.join(root, script), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  }).toString();

const seeded = run('subgraphs/catalog/dist/seed/main.js').trim().split('\n').pop();
console.log(`catalog seed: ${seeded}`);
if (!JSON.parse(seeded).withEvents) {
  // Its log line reports products/s.
  execFileSync(process.execPath, [path.join(root, 'subgraphs/search/dist/reindex.js')], { stdio: 'inherit' });
}
