/**
 * Partners in embedded mode: users and the gateway in one process share the in-process pub/sub (a
 * revocation reaches the gateway without Redis) and budgets count in memory.
 */
import { request } from 'undici';
import { MemoryCache } from '@commerce/cache';
import { createLogger } from '@commerce/logging';
import type { RunningService } from '@commerce/http';
import { loadGatewayConfig, startGateway } from '@commerce/gateway';
import { startUsersHarness, UsersHarness } from '@commerce/users/testing';
import { graphql } from '@commerce/testing';
import { LoginDocument, RegisterClientDocument, RevokeClientDocument } from '../generated/graphql';

let users: UsersHarness;
let gateway: RunningService;
let cache: MemoryCache;
let adminToken: string;

beforeAll(async () => {
  users = await startUsersHarness({ RUNTIME_MODE: 'embedded' });
  cache = new MemoryCache();
  gateway = await startGateway(
    loadGatewayConfig({
      GATEWAY_PORT: '0',
      RUNTIME_MODE: 'embedded',
      LOG_LEVEL: 'silent',
      JWKS_URL: `${users.url.replace(/\/graphql$/, '')}/.well-known/jwks.json`,
      SERVICE_TOKEN: users.config.SERVICE_TOKEN,
      SUBGRAPH_USERS_URL: users.url,
      // Only the in-process broadcast can make the gateway forget a key within the test.
      CLIENT_CACHE_SECONDS: '600',
    }),
    createLogger({ service: 'gateway', level: 'silent' }),
    { cache },
  );
  const login = await graphql(gateway.url, LoginDocument, {
    input: { usernameOrEmail: users.config.ADMIN_USERNAME, password: users.config.ADMIN_PASSWORD },
  });
  adminToken = login.data!.login.accessToken;
});

afterAll(async () => {
  await gateway?.stop();
  await cache?.close();
  await users?.stop();
});

async function post(apiKey: string) {
  const response = await request(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  const body = (await response.body.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.statusCode, code: body.errors?.[0]?.extensions?.code, headers: response.headers };
}

it('budgets in memory and forgets a revoked key through the in-process broadcast', async () => {
  const registered = await graphql(
    gateway.url,
    RegisterClientDocument,
    { input: { name: 'embedded-app', kind: 'FIRST_PARTY', requestsPerMinute: 2, costPointsPerMinute: 1000 } },
    { token: adminToken },
  );
  const { apiKey, client } = registered.data!.registerClient;
  expect((await post(apiKey)).headers['ratelimit-remaining']).toBe('1');
  expect((await post(apiKey)).status).toBe(200);
  expect(await post(apiKey)).toMatchObject({ status: 429, code: 'RATE_LIMITED' });

  await graphql(gateway.url, RevokeClientDocument, { id: client.id }, { token: adminToken });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(await post(apiKey)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
});
