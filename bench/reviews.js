#!/usr/bin/env node
/**
 * Benchmark: a product page with its rating and first 10 reviews (each with its author's username)
 * through the gateway, next to the same page without reviews (name and price only, catalog alone),
 * each signed in (the gateway's response cache never answers those) and anonymous (public answers are
 * kept 1 s, so nearly every request is a cache hit). Full stack (`npm run start:stack`); the script
 * makes its own product with `--reviews` reviews (default 12) by as many new buyers, in the first
 * category it finds (a seeded catalog has some; without one it creates a category as ADMIN_USERNAME /
 * ADMIN_PASSWORD).
 *
 *   node bench/reviews.js [--duration 20] [--warmup 5] [--connections 20] [--reviews 12] [--gateway URL]
 *
 * autocannon drives the load; every response time is kept so p50/p95/p99 are exact, and every answer
 * must equal the one read before the run (`expectBody`: a wrong or partial answer counts as a
 * mismatch). Over each timed window it reads the CPU each process of the stack used
 * (bench/lib/process-cpu.js): CPU ms per request by service. Writes bench/results/reviews.json
 * (replacing the previous run) and prints a Markdown table.
 */
const os = require('node:os');
const autocannon = require('autocannon');
const { request } = require('undici');
const { percentile } = require('./lib/load');
const processCpu = require('./lib/process-cpu');
const { machine, parseArgs, writeResult } = require('./lib/report');

const args = parseArgs();
const duration = Number(args.duration ?? 20);
const warmup = Number(args.warmup ?? 5);
const connections = Number(args.connections ?? 20);
const reviewCount = Number(args.reviews ?? 12);
const gatewayUrl = args.gateway ?? 'http://127.0.0.1:4000/graphql';
const PASSWORD = 'bench-password-1';

const WITH_REVIEWS = `query ProductPage($id: ID!) {
  product(id: $id) {
    rating { average count distribution }
    reviews(first: 10) { edges { node { rating comment author { username } } } }
  }
}`;
const WITHOUT_REVIEWS = `query ProductCard($id: ID!) {
  product(id: $id) { name price { amount currency } }
}`;

async function gql(query, variables, token) {
  const response = await request(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.body.json();
}

/** The answer exactly as the gateway sends it (what autocannon compares each answer with). */
async function gqlText(body, token) {
  const response = await request(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return response.body.text();
}

function must(result, what) {
  if (!result.data || result.errors) throw new Error(`${what} failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

async function signUp(username) {
  const data = must(
    await gql('mutation($i: SignUpInput!){ signUp(input: $i){ accessToken } }', {
      i: { username, email: `${username}@example.com`, password: PASSWORD },
    }),
    `signUp ${username}`,
  );
  return data.signUp.accessToken;
}

async function login(usernameOrEmail, password) {
  const data = must(
    await gql('mutation($i: LoginInput!){ login(input: $i){ accessToken } }', {
      i: { usernameOrEmail, password },
    }),
    `login ${usernameOrEmail}`,
  );
  return data.login.accessToken;
}

/** The first category there is, or a new one made by the admin. */
async function category(run) {
  const { categories } = must(await gql('{ categories { id } }'), 'categories');
  if (categories.length > 0) return categories[0].id;
  if (!process.env.ADMIN_PASSWORD) throw new Error('no category: seed the catalog or set ADMIN_PASSWORD');
  const admin = await login(process.env.ADMIN_USERNAME ?? 'admin', process.env.ADMIN_PASSWORD);
  const created = must(
    await gql(
      'mutation($i: CreateCategoryInput!){ createCategory(input: $i){ id } }',
      { i: { name: `Bench reviews ${run}` } },
      admin,
    ),
    'createCategory',
  );
  return created.createCategory.id;
}

/** A product with `reviewCount` reviews (ratings 1..5 in turn, a sentence of comment each). */
async function setup(run) {
  await signUp(`bench-rseller-${run}`);
  must(
    await gql(
      'mutation{ becomeSeller(input:{displayName:"Bench Reviews Store"}){ id } }',
      {},
      await login(`bench-rseller-${run}`, PASSWORD),
    ),
    'becomeSeller',
  );
  const seller = await login(`bench-rseller-${run}`, PASSWORD); // the token now carries SELLER
  const created = must(
    await gql(
      'mutation($i: CreateProductInput!){ createProduct(input: $i){ id } }',
      {
        i: {
          categoryId: await category(run),
          name: `Bench Reviewed Kettle ${run}`,
          description: 'Product page benchmark product',
          brand: 'Bench',
          price: { amount: 2999, currency: 'USD' },
          stock: 100,
        },
      },
      seller,
    ),
    'createProduct',
  );
  const productId = created.createProduct.id;
  for (let i = 0; i < reviewCount; i++) {
    const buyer = await signUp(`bench-reviewer-${run}-${i}`);
    must(
      await gql(
        'mutation($p: ID!, $r: Int!, $c: String){ createReview(productId: $p, rating: $r, comment: $c){ id } }',
        {
          p: productId,
          r: 1 + (i % 5),
          c: `Bench review ${i}: it boils water, and that is what a kettle is for.`,
        },
        buyer,
      ),
      'createReview',
    );
  }
  const reader = await signUp(`bench-reader-${run}`);
  return { productId, reader };
}

/** One timed autocannon run: exact percentiles from every response time, CPU per request by process. */
function measure({ name, body, expectBody, token, seconds }) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const cpuBefore = processCpu.sample();
    const started = process.hrtime.bigint();
    const instance = autocannon(
      {
        url: gatewayUrl,
        method: 'POST',
        connections,
        duration: seconds,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body,
        expectBody,
      },
      (error, result) => {
        if (error) return reject(error);
        const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
        const cpu = processCpu.cpuBetween(cpuBefore, processCpu.sample(), elapsed, latencies.length);
        const sorted = latencies.sort((a, b) => a - b);
        resolve({
          scenario: name,
          requests: latencies.length,
          requestsPerSecond: Math.round(latencies.length / elapsed),
          latencyMs: {
            p50: percentile(sorted, 50),
            p95: percentile(sorted, 95),
            p99: percentile(sorted, 99),
            max: percentile(sorted, 100),
          },
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          mismatches: result.mismatches,
          cpuMsPerRequest: Object.fromEntries(cpu.map((row) => [row.group, row.msPerUnit])),
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

async function main() {
  const run = Date.now().toString(36);
  const { productId, reader } = await setup(run);
  const scenarios = [];
  for (const [page, query] of [
    ['with reviews', WITH_REVIEWS],
    ['without reviews', WITHOUT_REVIEWS],
  ]) {
    for (const [who, token] of [
      ['signed in', reader],
      ['anonymous', undefined],
    ]) {
      const body = JSON.stringify({ query, variables: { id: productId } });
      const expected = await gqlText(body, token);
      must(JSON.parse(expected), `${page} (${who})`);
      if (page === 'with reviews' && JSON.parse(expected).data.product.reviews.edges.length !== 10)
        throw new Error(`expected 10 reviews on the page, got ${expected}`);
      scenarios.push({ name: `${page}, ${who}`, body, expectBody: expected, token });
    }
  }

  const results = [];
  for (const scenario of scenarios) {
    // Warm-up: JIT, pools, the gateway's query plan and JWKS caches.
    await measure({ ...scenario, seconds: warmup });
    const load = os.loadavg();
    const result = await measure({ ...scenario, seconds: duration });
    results.push({ ...result, loadAverage1m: Math.round(load[0] * 100) / 100 });
  }

  const report = {
    benchmark: 'reviews',
    date: new Date().toISOString(),
    machine: machine(),
    connections,
    durationSeconds: duration,
    warmupSeconds: warmup,
    reviewsOnProduct: reviewCount,
    loadAverageAtEnd: os.loadavg().map((value) => Math.round(value * 100) / 100),
    queries: { withReviews: WITH_REVIEWS, withoutReviews: WITHOUT_REVIEWS },
    results,
  };
  const file = writeResult('reviews', report);
  const groups = ['gateway', 'subgraphs/reviews', 'subgraphs/catalog', 'subgraphs/users', 'postgresql'];
  console.log(
    `| scenario | req/s | p50 / p95 / p99 ms | errors / non-2xx / mismatches | load 1m | CPU ms/req: total, ${groups.join(', ')} |`,
  );
  console.log(`|---|---|---|---|---|---|`);
  for (const r of results) {
    const cpu = ['total', ...groups].map((group) => r.cpuMsPerRequest[group] ?? 0).join(' / ');
    console.log(
      `| ${r.scenario} | ${r.requestsPerSecond} | ${r.latencyMs.p50} / ${r.latencyMs.p95} / ${r.latencyMs.p99} | ${r.errors} / ${r.non2xx} / ${r.mismatches} | ${r.loadAverage1m} | ${cpu} |`,
    );
  }
  console.log(`written to ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
