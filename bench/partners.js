#!/usr/bin/env node
/**
 * Benchmark (issue 13): a partner's persisted operation vs the same operation sent as text, through
 * the gateway at 50 connections (req/s, p50/p95/p99), and what the per-client budget check costs:
 * timed in-process against real Redis (ClientBudgets.charge, the check itself), and end to end as the
 * same text sent keyless vs with a FIRST_PARTY key (key lookup, cached, plus the budget charge).
 *
 *   node bench/partners.js [--duration 15] [--warmup 3] [--connections 50] [--checks 5000]
 *                          [--rounds 2] [--interleaved 2000] [--gateway URL] [--start] [--rest URL]
 *
 * Needs `npm run build`. With `--start` it starts its own users service and gateway in production
 * mode (ports 4391 and 4390, database `bench_partners_users`, the engines of scripts/services), so
 * it neither needs nor disturbs a running stack; otherwise it uses the gateway at --gateway, whose
 * admin is ADMIN_USERNAME / ADMIN_PASSWORD. `--rest URL` adds the REST twin of the operation
 * (`GET <URL>/users/<id>`-style, see the REST door) as a fourth scenario.
 *
 * Writes bench/results/partners.json (replacing the previous run) and prints a Markdown table.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('pg');
const { Pool, request } = require('undici');
const { RateLimiter, RedisCache } = require('@commerce/cache');
const { runLoad, percentile } = require('./lib/load');
const { machine, parseArgs, writeResult } = require('./lib/report');
// The check as the gateway runs it (built by `npm run build`).
const { ClientBudgets } = require('@commerce/gateway');

const args = parseArgs();
const duration = Number(args.duration ?? 15);
const warmup = Number(args.warmup ?? 3);
const connections = Number(args.connections ?? 50);
const checks = Number(args.checks ?? 5000);
const rounds = Number(args.rounds ?? 2);
const interleaved = Number(args.interleaved ?? 2000);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const admin = {
  usernameOrEmail: process.env.ADMIN_USERNAME ?? 'admin',
  password: process.env.ADMIN_PASSWORD ?? 'bench-admin-password-1',
};
const root = path.join(__dirname, '..');
const manifest = JSON.parse(
  fs.readFileSync(path.join(root, 'schema/manifests/price-comparison.json'), 'utf8'),
);
const [sellerHash, sellerOperation] = Object.entries(manifest.operations).find(
  ([, op]) => op.name === 'PartnerSeller',
);

const children = [];

/** Users and the gateway as production processes on ports of their own, on a database of their own. */
async function startServices() {
  const database = 'bench_partners_users';
  const pg = new Client({ connectionString: 'postgres://postgres:postgres@127.0.0.1:5432/postgres' });
  await pg.connect();
  const exists = await pg.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await pg.query(`CREATE DATABASE ${database}`);
  await pg.end();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    RUNTIME_MODE: 'stack',
    LOG_LEVEL: 'warn',
    ADMIN_PASSWORD: admin.password,
    SERVICE_TOKEN: 'bench-partners-service-token',
    JWKS_URL: 'http://127.0.0.1:4391/.well-known/jwks.json',
  };
  const launch = (script, extra) => {
    const child = spawn(process.execPath, [path.join(root, script)], {
      env: { ...env, ...extra },
      stdio: 'inherit',
    });
    children.push(child);
  };
  launch('subgraphs/users/dist/main.js', {
    USERS_PORT: '4391',
    DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:5432/${database}`,
  });
  await waitFor('http://127.0.0.1:4391/readyz');
  launch('gateway/dist/main.js', {
    GATEWAY_PORT: '4390',
    SUBGRAPH_USERS_URL: 'http://127.0.0.1:4391/graphql',
  });
  await waitFor('http://127.0.0.1:4390/readyz', 200, true);
  return 'http://127.0.0.1:4390/graphql';
}

async function waitFor(url, status = 200, anyAnswer = false) {
  for (let i = 0; i < 300; i++) {
    // A service that exited (its port taken, say) never comes up: stop instead of timing someone else's.
    if (children.some((child) => child.exitCode !== null))
      throw new Error(`a started service exited; see its log above`);
    try {
      const response = await request(url);
      await response.body.dump();
      if (response.statusCode === status || anyAnswer) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not come up`);
}

async function gql(url, query, variables, headers = {}) {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.body.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A client with budgets far above the load, registered once and given a fresh key on later runs. */
async function clientKey(url, token, name, kind) {
  const auth = { authorization: `Bearer ${token}` };
  const { clients } = await gql(url, '{ clients { id name revokedAt } }', {}, auth);
  const known = clients.find((c) => c.name === name && !c.revokedAt);
  if (known) {
    const data = await gql(
      url,
      'mutation($id: ID!) { rotateClientKey(id: $id, graceSeconds: 0) { apiKey } }',
      { id: known.id },
      auth,
    );
    return data.rotateClientKey.apiKey;
  }
  const data = await gql(
    url,
    'mutation($i: RegisterClientInput!) { registerClient(input: $i) { apiKey } }',
    { i: { name, kind, requestsPerMinute: 1_000_000, costPointsPerMinute: 100_000_000 } },
    auth,
  );
  return data.registerClient.apiKey;
}

/**
 * One connection, the scenarios taking turns request by request (A B C A B C ...): whatever else
 * the machine is doing lands on all of them alike, so the differences of their p50s are what each
 * path adds (key lookup and budget check; manifest lookup instead of APQ/parse).
 */
async function timeInterleaved(url, scenarios, ok) {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections: 1 });
  const times = scenarios.map(() => []);
  let failures = 0;
  for (let i = 0; i < interleaved * scenarios.length; i++) {
    const index = i % scenarios.length;
    const scenario = scenarios[index];
    const t0 = process.hrtime.bigint();
    const response = await pool.request({
      path: target.pathname,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...scenario.headers },
      body: scenario.body,
    });
    const text = await response.body.text();
    if (i >= scenarios.length * 50) times[index].push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (!ok(response.statusCode, text)) failures++;
  }
  await pool.close();
  return scenarios.map((scenario, index) => {
    const sorted = times[index].sort((a, b) => a - b);
    return {
      scenario: scenario.name,
      requests: sorted.length,
      latencyMs: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) },
      failures,
    };
  });
}

/**
 * The budget check as the gateway itself timed it during the whole run (its
 * gateway_client_budget_check_seconds histogram): share of checks within each bucket, and the p50's bucket.
 */
async function budgetCheckInGateway(url) {
  const text = await (await request(new URL('/metrics', url))).body.text();
  return [...text.matchAll(/^gateway_client_budget_check_seconds_bucket\{le="([^"]+)"[^}]*\} (\d+)/gm)].map(
    (m) => ({
      le: m[1],
      count: Number(m[2]),
    }),
  );
}

/** Shares of checks within each bucket between two snapshots, and the bucket the p50 falls in. */
function bucketShares(after, before = []) {
  const counts = after.map((b) => ({
    le: b.le,
    count: b.count - (before.find((x) => x.le === b.le)?.count ?? 0),
  }));
  const total = counts.find((b) => b.le === '+Inf')?.count ?? 0;
  const shares = counts.map((b) => ({
    leMs: b.le === '+Inf' ? '+Inf' : Number(b.le) * 1000,
    share: total ? Math.round((b.count / total) * 1000) / 1000 : 0,
  }));
  return { checks: total, p50AtMostMs: shares.find((b) => b.share >= 0.5)?.leMs ?? null, shares };
}

/** The budget check alone, in this process, against real Redis: `checks` sequential charges. */
async function timeBudgetCheck() {
  const cache = new RedisCache(redisUrl, `bench:partners:${Date.now()}:`);
  const budgets = new ClientBudgets(new RateLimiter(cache, 'client-budget'));
  const client = {
    id: 'bench-client',
    name: 'bench',
    kind: 'PARTNER',
    allowedOperations: null,
    requestsPerMinute: 10_000_000,
    costPointsPerMinute: 100_000_000,
  };
  for (let i = 0; i < 500; i++) await budgets.charge(client, 5);
  const times = [];
  for (let i = 0; i < checks; i++) {
    const t0 = process.hrtime.bigint();
    await budgets.charge(client, 5);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  // The floor: one PING round trip on the same connection, timed the same way.
  const { client: redis } = cache.connection();
  const pings = [];
  for (let i = 0; i < checks; i++) {
    const t0 = process.hrtime.bigint();
    await redis.ping();
    pings.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  await cache.close();
  const sorted = times.sort((a, b) => a - b);
  const pingSorted = pings.sort((a, b) => a - b);
  return {
    checks,
    latencyMs: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) },
    redisPingMs: { p50: percentile(pingSorted, 50), p95: percentile(pingSorted, 95) },
  };
}

async function main() {
  const gatewayUrl = args.start ? await startServices() : (args.gateway ?? 'http://127.0.0.1:4000/graphql');
  const login = await gql(
    gatewayUrl,
    'mutation($i: LoginInput!) { login(input: $i) { accessToken user { id } } }',
    { i: admin },
  );
  const token = login.login.accessToken;
  const sellerId = login.login.user.id;
  const partnerKey = await clientKey(gatewayUrl, token, 'price-comparison', 'PARTNER');
  const firstPartyKey = await clientKey(gatewayUrl, token, 'bench-web', 'FIRST_PARTY');
  const variables = { id: sellerId };
  const expected = JSON.stringify(await gql(gatewayUrl, sellerOperation.body, variables));

  const ok = (status, text) => status === 200 && text.includes(expected.slice(1, -1));
  const scenarios = [
    {
      name: 'partner, persisted by hash (x-api-key)',
      body: JSON.stringify({
        variables,
        extensions: { persistedQuery: { version: 1, sha256Hash: sellerHash } },
      }),
      headers: { 'x-api-key': partnerKey },
    },
    {
      name: 'same operation as text, keyless',
      body: JSON.stringify({ query: sellerOperation.body, variables }),
    },
    {
      name: 'same text, FIRST_PARTY key (lookup + budget)',
      body: JSON.stringify({ query: sellerOperation.body, variables }),
      headers: { 'x-api-key': firstPartyKey },
    },
  ];
  // Slot for the REST twin (the REST door maps a route onto this persisted operation): --rest URL.
  // Rounds alternate the scenarios (A B C A B C) so a burst of load from elsewhere on the machine
  // does not land on one scenario only.
  const results = [];
  for (let round = 1; round <= rounds; round++) {
    for (const scenario of scenarios) {
      const load = (seconds) =>
        runLoad({
          url: gatewayUrl,
          connections,
          durationSeconds: seconds,
          request: () => ({ body: scenario.body, headers: scenario.headers }),
          ok,
        });
      if (warmup > 0) await load(warmup);
      const result = await load(duration);
      results.push({ round, scenario: scenario.name, ...result });
    }
  }
  if (args.rest)
    results.push({ scenario: 'REST twin', note: 'measured by the REST door branch', url: args.rest });
  const afterLoad = await budgetCheckInGateway(gatewayUrl);
  const oneConnection = await timeInterleaved(gatewayUrl, scenarios, ok);
  const inGateway = {
    underLoad: bucketShares(afterLoad),
    oneConnection: bucketShares(await budgetCheckInGateway(gatewayUrl), afterLoad),
  };
  const budgetCheck = await timeBudgetCheck();

  const report = {
    date: new Date().toISOString(),
    machine: machine(),
    connections,
    durationSeconds: duration,
    warmupSeconds: warmup,
    mode: args.start
      ? 'users + gateway started by the script, NODE_ENV=production'
      : `gateway at ${gatewayUrl}`,
    results,
    interleavedOneConnection: oneConnection,
    budgetCheckInGateway: inGateway,
    budgetCheckInProcess: budgetCheck,
  };
  const file = writeResult('partners', report);
  console.log(`\n| round | scenario | req/s | p50 / p95 / p99 ms | failures |\n|---|---|---|---|---|`);
  for (const r of results.filter((row) => row.latencyMs)) {
    console.log(
      `| ${r.round} | ${r.scenario} | ${r.requestsPerSecond} | ${r.latencyMs.p50} / ${r.latencyMs.p95} / ${r.latencyMs.p99} | ${r.failures} |`,
    );
  }
  console.log(`\n| one connection, interleaved | p50 / p95 / p99 ms |\n|---|---|`);
  for (const r of oneConnection) {
    console.log(`| ${r.scenario} | ${r.latencyMs.p50} / ${r.latencyMs.p95} / ${r.latencyMs.p99} |`);
  }
  console.log(
    `\nbudget check in process (${budgetCheck.checks} charges, real Redis): p50 ${budgetCheck.latencyMs.p50} ms, p95 ${budgetCheck.latencyMs.p95} ms, p99 ${budgetCheck.latencyMs.p99} ms; Redis PING p50 ${budgetCheck.redisPingMs.p50} ms`,
  );
  for (const [phase, figures] of Object.entries(inGateway)) {
    console.log(
      `budget check inside the gateway, ${phase} (${figures.checks} charges): p50 <= ${figures.p50AtMostMs} ms; ${figures.shares
        .map((b) => `<= ${b.leMs} ms: ${(b.share * 100).toFixed(1)}%`)
        .join(', ')}`,
    );
  }
  console.log(`written to ${file}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const child of children) child.kill('SIGTERM');
  });
