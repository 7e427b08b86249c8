#!/usr/bin/env node
/**
 * `npm run seed -- --size 100000`: seeds the catalog of a running full stack (sellers through users,
 * categories and products into the catalog store), then rebuilds the search index from the catalog
 * export (zero-downtime swap). Prints both throughputs. Pass-through flags: --size --seed --sellers.
 * Then writes demo reviews through the gateway (GATEWAY_URL, default http://127.0.0.1:4000/graphql) on
 * at most `--review-products` products (default 1000; 0 skips them), some from delivered demo orders.
 */
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { env, loadConfig } = require('@commerce/config');
const { createLogger } = require('@commerce/logging');
const { SEED_SELLER_PASSWORD } = require('@commerce/catalog');
const { seedDemoReviews } = require('./lib/demo-reviews');

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

function flag(name, fallback) {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
}

const reviewProducts = flag('review-products', 1000);
if (reviewProducts > 0) {
  const { GATEWAY_URL } = loadConfig({ GATEWAY_URL: env.url('http://127.0.0.1:4000/graphql') });
  const logger = createLogger({ service: 'seed' });
  seedDemoReviews(GATEWAY_URL, logger, {
    products: reviewProducts,
    seed: flag('seed', 42),
    sellerPassword: SEED_SELLER_PASSWORD,
  })
    .then((report) => console.log(`reviews seed: ${JSON.stringify(report)}`))
    .catch((error) => {
      console.error(`reviews seed failed: ${error.message}`);
      process.exitCode = 1;
    });
}
