#!/usr/bin/env node
/**
 * Benchmark: `query { me { id username roles } }` at 50 connections, through the gateway and straight
 * to the users subgraph, one after the other in the same run, so the gateway's share of the latency is
 * the difference. Needs a running supergraph (`npm start` or `npm run start:stack`).
 *
 *   node bench/me.js [--duration 20] [--connections 50] [--gateway URL] [--subgraph URL]
 *
 * Writes bench/results/me.json (replacing the previous run) and prints a Markdown table.
 */
const autocannon = require('autocannon');
const { request } = require('undici');
const { machine, parseArgs, writeResult } = require('./lib/report');

const args = parseArgs();
const duration = Number(args.duration ?? 20);
const connections = Number(args.connections ?? 50);
const gatewayUrl = args.gateway ?? 'http://127.0.0.1:4000/graphql';
const subgraphUrl = args.subgraph ?? 'http://127.0.0.1:4001/graphql';
const QUERY = JSON.stringify({ query: 'query Me { me { id username roles } }' });

async function token() {
  const username = `bench_${Date.now().toString(36)}`;
  const response = await request(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: SignUpInput!){ signUp(input: $i){ accessToken } }',
      variables: { i: { username, email: `${username}@example.com`, password: 'bench-password-1' } },
    }),
  });
  const body = await response.body.json();
  if (!body.data) throw new Error(`sign-up failed: ${JSON.stringify(body.errors)}`);
  return body.data.signUp.accessToken;
}

function run(url, accessToken) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body: QUERY,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

function summary(name, result) {
  return {
    target: name,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      avg: result.latency.average,
    },
    errors: result.errors,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

async function main() {
  const accessToken = await token();
  // Warm-up: JIT, connection pools and the gateway's JWKS cache.
  await new Promise((resolve, reject) =>
    autocannon(
      {
        url: gatewayUrl,
        method: 'POST',
        connections: 10,
        duration: 3,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body: QUERY,
      },
      (e, r) => (e ? reject(e) : resolve(r)),
    ),
  );
  const viaGateway = summary('gateway', await run(gatewayUrl, accessToken));
  const direct = summary('users subgraph (direct)', await run(subgraphUrl, accessToken));
  const report = {
    benchmark: 'me',
    date: new Date().toISOString(),
    machine: machine(),
    connections,
    durationSeconds: duration,
    results: [viaGateway, direct],
    gatewayShareMs: {
      p50: viaGateway.latencyMs.p50 - direct.latencyMs.p50,
      p99: viaGateway.latencyMs.p99 - direct.latencyMs.p99,
    },
  };
  const file = writeResult('me', report);
  console.log(`| target | req/s | p50 ms | p99 ms | errors | non-2xx |`);
  console.log(`|---|---|---|---|---|---|`);
  for (const r of report.results) {
    console.log(
      `| ${r.target} | ${r.requestsPerSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p99} | ${r.errors} | ${r.non2xx} |`,
    );
  }
  console.log(`\ngateway share: p50 +${report.gatewayShareMs.p50} ms, p99 +${report.gatewayShareMs.p99} ms`);
  console.log(`written to ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
