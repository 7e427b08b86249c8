#!/usr/bin/env node
/**
 * Benchmark: search and suggest through the gateway on a seeded catalog (`npm run seed -- --size N`).
 *
 *   node bench/search.js [--duration 20] [--connections 20] [--gateway URL] [--label opensearch-100k]
 *
 * Search: a text query with two filters (brand list + price range) and facets, resolving name and price
 * through the catalog, 20 connections. Suggest: prefixes of real product names, 20 connections.
 * Writes bench/results/search-<label>.json (replacing the previous run) and prints a Markdown table.
 */
const { runLoad } = require('./lib/load');
const { machine, parseArgs, writeResult } = require('./lib/report');

const args = parseArgs();
const duration = Number(args.duration ?? 20);
const connections = Number(args.connections ?? 20);
const gatewayUrl = args.gateway ?? 'http://127.0.0.1:4000/graphql';
const label = args.label ?? 'run';

const { searchBodies, suggestBodies } = require('./lib/bodies').build();
/** Each connection starts at its own place in the sequence, as independent users would. */
const at = (bodies, worker, n) => bodies[(worker * 9973 + n) % bodies.length];

async function main() {
  const search = await runLoad({
    url: gatewayUrl,
    connections,
    durationSeconds: duration,
    request: (worker, n) => ({ body: at(searchBodies, worker, n) }),
  });
  const suggest = await runLoad({
    url: gatewayUrl,
    connections,
    durationSeconds: duration,
    request: (worker, n) => ({ body: at(suggestBodies, worker, n) }),
  });
  const report = {
    benchmark: 'search',
    label,
    date: new Date().toISOString(),
    machine: machine(),
    connections,
    durationSeconds: duration,
    results: { search, suggest },
  };
  const file = writeResult(`search-${label}`, report);
  console.log(`| ${label} | req/s | p50 ms | p95 ms | p99 ms | failures |`);
  console.log('|---|---|---|---|---|---|');
  for (const [name, r] of Object.entries(report.results)) {
    console.log(
      `| ${name} | ${r.requestsPerSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p95} | ${r.latencyMs.p99} | ${r.failures} |`,
    );
  }
  console.log(`written to ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
