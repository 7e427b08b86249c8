/**
 * Partners end to end, with the real users subgraph, Redis and two gateway replicas: API keys,
 * trusted documents by hash, revocation reaching every replica, published manifests without a
 * restart, and per-client budgets with RateLimit headers.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { request } from 'undici';
import { RedisPubSub } from '@commerce/cache';
import { createLogger } from '@commerce/logging';
import type { RunningService } from '@commerce/http';
import { loadGatewayConfig, Manifest, publishManifest, startGateway } from '@commerce/gateway';
import { engines, graphql } from '@commerce/testing';
import { RegisterClientDocument, RevokeClientDocument } from '../generated/graphql';
import { Account, accountsOf } from '../support/accounts';
import { startTestSupergraph, TestSupergraph } from '../support/supergraph';

let supergraph: TestSupergraph;
let replica: RunningService;
let admin: Account;
let pubsub: RedisPubSub;

const manifest = (client: string): Manifest =>
  JSON.parse(readFileSync(path.join(__dirname, '../../schema/manifests', `${client}.json`), 'utf8'));
const hashOf = (m: Manifest, name: string) =>
  Object.entries(m.operations).find(([, operation]) => operation.name === name)![0];

beforeAll(async () => {
  supergraph = await startTestSupergraph();
  admin = await accountsOf(supergraph.gatewayUrl, 'partners').loginAdmin(supergraph.users.config);
  // A second replica on the same Redis, remembering keys for a minute: only the broadcast can make
  // it forget a revoked key within seconds.
  replica = await startGateway(
    loadGatewayConfig({
      GATEWAY_PORT: '0',
      RUNTIME_MODE: 'stack',
      LOG_LEVEL: 'silent',
      REDIS_URL: engines.TEST_REDIS_URL,
      JWKS_URL: `${supergraph.users.url.replace(/\/graphql$/, '')}/.well-known/jwks.json`,
      SERVICE_TOKEN: supergraph.users.config.SERVICE_TOKEN,
      SUBGRAPH_USERS_URL: supergraph.users.url,
      CLIENT_CACHE_SECONDS: '60',
    }),
    createLogger({ service: 'gateway-replica', level: 'silent' }),
    { cache: supergraph.cache },
  );
  pubsub = new RedisPubSub(engines.TEST_REDIS_URL);
});

afterAll(async () => {
  await pubsub?.close();
  await replica?.stop();
  await supergraph?.stop();
});

async function register(
  name: string,
  kind: 'PARTNER' | 'FIRST_PARTY',
  requestsPerMinute = 1000,
  costPointsPerMinute = 100_000,
) {
  const response = await graphql(
    supergraph.gatewayUrl,
    RegisterClientDocument,
    { input: { name, kind, requestsPerMinute, costPointsPerMinute } },
    { token: admin.token },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.registerClient;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
  };
}

async function post(url: string, body: unknown, apiKey?: string): Promise<Answer> {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(apiKey ? { 'x-api-key': apiKey } : {}) },
    body: JSON.stringify(body),
  });
  return {
    status: response.statusCode,
    headers: response.headers,
    body: (await response.body.json()) as Answer['body'],
  };
}

const byHash = (sha256Hash: string, variables: Record<string, unknown>) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash } },
});
const code = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

it('lets a PARTNER run its manifest operations by hash, and nothing else', async () => {
  const { apiKey } = await register('price-comparison', 'PARTNER');
  const own = manifest('price-comparison');
  const seller = await post(
    supergraph.gatewayUrl,
    byHash(hashOf(own, 'PartnerSeller'), { id: admin.id }),
    apiKey,
  );
  expect(seller.status).toBe(200);
  expect(seller.body).toEqual({
    data: { user: { id: admin.id, username: admin.username, sellerProfile: null } },
  });

  const adHoc = await post(
    supergraph.gatewayUrl,
    { query: `{ user(id: "${admin.id}") { id email } }` },
    apiKey,
  );
  expect([adHoc.status, code(adHoc), adHoc.body.data]).toEqual([403, 'OPERATION_NOT_ALLOWED', undefined]);

  const text = own.operations[hashOf(own, 'PartnerSeller')].body;
  const asText = await post(supergraph.gatewayUrl, { query: text, variables: { id: admin.id } }, apiKey);
  expect(code(asText)).toBe('OPERATION_NOT_ALLOWED');

  const foreign = hashOf(manifest('loyalty-app'), 'LoyaltyMember');
  const other = await post(supergraph.gatewayUrl, byHash(foreign, { id: admin.id }), apiKey);
  expect([other.status, code(other)]).toEqual([403, 'OPERATION_NOT_ALLOWED']);
  // Nothing a partner sent was registered as an automatic persisted query.
  expect(await supergraph.cache.get(`gateway:apq:${foreign}`)).toBeNull();

  const metrics = await (
    await request(`${supergraph.gatewayUrl.replace(/\/graphql$/, '')}/metrics`)
  ).body.text();
  expect(metrics).toMatch(
    /gateway_client_requests_total\{client="price-comparison",outcome="ok",service="gateway"\} 1\b/,
  );
  expect(metrics).toMatch(
    /gateway_client_errors_total\{client="price-comparison",code="OPERATION_NOT_ALLOWED",service="gateway"\} 3\b/,
  );
});

it('refuses an unknown key, and keyless callers keep ad-hoc queries', async () => {
  const unknown = await post(supergraph.gatewayUrl, { query: '{ me { id } }' }, 'ck_not-a-key');
  expect([unknown.status, code(unknown)]).toEqual([401, 'UNAUTHENTICATED']);
  const anonymous = await post(supergraph.gatewayUrl, { query: '{ me { id } }' });
  expect(anonymous.body).toEqual({ data: { me: null } });
});

it('stops a revoked key on both gateway replicas within 5 s', async () => {
  const { apiKey, client } = await register('loyalty-app', 'PARTNER');
  const operation = byHash(hashOf(manifest('loyalty-app'), 'LoyaltyMember'), { id: admin.id });
  for (const url of [supergraph.gatewayUrl, replica.url]) {
    expect((await post(url, operation, apiKey)).body.data).toEqual({
      user: { id: admin.id, username: admin.username },
    });
  }
  const revoked = await graphql(
    supergraph.gatewayUrl,
    RevokeClientDocument,
    { id: client.id },
    { token: admin.token },
  );
  expect(revoked.errors).toBeUndefined();
  const started = Date.now();
  const stoppedAfter = await Promise.all(
    [supergraph.gatewayUrl, replica.url].map(async (url) => {
      while (Date.now() - started < 10_000) {
        if (code(await post(url, operation, apiKey)) === 'UNAUTHENTICATED') return Date.now() - started;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return Infinity;
    }),
  );
  for (const elapsed of stoppedAfter) expect(elapsed).toBeLessThan(5000);
});

it('runs a newly published manifest operation on every replica without a restart', async () => {
  const { apiKey } = await register('widget-partner', 'PARTNER');
  const body = 'query WidgetMe {\n  me {\n    id\n  }\n}';
  const hash = createHash('sha256').update(body).digest('hex');
  expect(code(await post(replica.url, byHash(hash, {}), apiKey))).toBe('OPERATION_NOT_ALLOWED');
  await publishManifest(supergraph.cache, pubsub, {
    client: 'widget-partner',
    version: 'v-test',
    operations: { [hash]: { name: 'WidgetMe', body } },
  });
  for (const url of [supergraph.gatewayUrl, replica.url]) {
    let answer = await post(url, byHash(hash, {}), apiKey);
    for (let i = 0; i < 50 && answer.body.errors; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      answer = await post(url, byHash(hash, {}), apiKey);
    }
    expect(answer.body).toEqual({ data: { me: null } });
  }
});

it('refuses a client over budget with RATE_LIMITED and headers, across replicas, and spares the others', async () => {
  const tight = await register('tight-app', 'FIRST_PARTY', 3);
  const roomy = await register('roomy-app', 'FIRST_PARTY');
  const query = { query: '{ me { id } }' };
  const answers = [
    await post(supergraph.gatewayUrl, query, tight.apiKey),
    await post(replica.url, query, tight.apiKey),
    await post(supergraph.gatewayUrl, query, tight.apiKey),
  ];
  expect(
    answers.map((a) => [a.status, a.headers['ratelimit-limit'], a.headers['ratelimit-remaining']]),
  ).toEqual([
    [200, '3', '2'],
    [200, '3', '1'],
    [200, '3', '0'],
  ]);
  const refused = await post(replica.url, query, tight.apiKey);
  expect(refused.status).toBe(429);
  expect(code(refused)).toBe('RATE_LIMITED');
  const retryAfter = refused.body.errors![0].extensions!.retryAfterSeconds!;
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(refused.headers['retry-after']).toBe(String(retryAfter));
  expect(refused.headers['ratelimit-remaining']).toBe('0');
  expect(Number(refused.headers['ratelimit-reset'])).toBe(retryAfter);

  const spared = await post(replica.url, query, roomy.apiKey);
  expect([spared.status, spared.body]).toEqual([200, { data: { me: null } }]);
});

it('spends cost points by the cost of each query and refuses once they are spent', async () => {
  const { apiKey } = await register('costly-app', 'FIRST_PARTY', 1000, 5);
  // { me { id } } costs 2 points (me, id): two fit in 5 points, the third does not.
  const query = { query: '{ me { id } }' };
  const first = await post(supergraph.gatewayUrl, query, apiKey);
  const second = await post(replica.url, query, apiKey);
  expect([first.headers['ratelimit-limit'], first.headers['ratelimit-remaining']]).toEqual(['5', '3']);
  expect(second.headers['ratelimit-remaining']).toBe('1');
  const refused = await post(supergraph.gatewayUrl, query, apiKey);
  expect([refused.status, code(refused), refused.headers['ratelimit-limit']]).toEqual([
    429,
    'RATE_LIMITED',
    '5',
  ]);
});
