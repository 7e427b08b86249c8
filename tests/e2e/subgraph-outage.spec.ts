/**
 * A subgraph outage as an operator meets it: the real catalog service runs as its own process behind
 * the gateway (users runs in this process), and the test freezes it (SIGSTOP: connections accepted,
 * nothing answered) and kills it (SIGKILL: connections refused). A query mixing users and catalog
 * keeps `me` and gets SERVICE_UNAVAILABLE for `products`; once catalog's circuit is open the answer
 * comes without waiting for a timeout; when catalog answers again a trial fetch closes the circuit.
 * (npm test builds with tsc -b before jest runs, so catalog's dist/ is current.)
 */
import path from 'node:path';
import { request } from 'undici';
import { loadGatewayConfig, startGateway } from '@commerce/gateway';
import type { RunningService } from '@commerce/http';
import { createLogger } from '@commerce/logging';
import { createTestDatabase, engines, graphql, TestDatabase } from '@commerce/testing';
import { startUsersHarness, UsersHarness } from '@commerce/users/testing';
import { accountsOf, Account } from '../support/accounts';
import { listeningPort, runServiceProcess, ServiceProcess } from '../support/service-process';

const catalogMain = path.join(__dirname, '..', '..', 'subgraphs/catalog/dist/main.js');
const QUERY_TIMEOUT_MS = 400;
const OPEN_MS = 1000;
const FAILURES = 3;
const STATE = 'gateway_subgraph_circuit_state';
const TRANSITIONS = 'gateway_subgraph_circuit_transitions_total';
const MIXED = '{ me { id } products(first: 2) { totalCount edges { node { id } } } }';

let users: UsersHarness;
let catalogDatabase: TestDatabase;
let catalog: ServiceProcess | undefined;
let gateway: RunningService;
let buyer: Account;

/** The mixed query, timed. */
async function mixed(): Promise<{ ms: number; response: Awaited<ReturnType<typeof graphql>> }> {
  const started = performance.now();
  const response = await graphql(gateway.url, MIXED, {}, { token: buyer.token });
  return { ms: performance.now() - started, response };
}

/** The value of catalog's sample of `name` on the gateway's /metrics with these labels (0 when absent). */
async function metric(name: string, labels: Record<string, string> = {}): Promise<number> {
  const text = await (await request(gateway.url.replace(/\/graphql$/, '/metrics'))).body.text();
  const wanted = Object.entries({ subgraph: 'catalog', ...labels }).map(
    ([key, value]) => `${key}="${value}"`,
  );
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && wanted.every((label) => l.includes(label)));
  return line ? Number(line.split(' ').pop()) : 0;
}

/** Asserts the outage shape: users' `me` is there, catalog's `products` is null with its error. */
function expectOnlyCatalogLost(response: Awaited<ReturnType<typeof graphql>>): void {
  expect(response.data).toEqual({ me: { id: buyer.id }, products: null });
  expect(response.errors).toEqual([
    { message: 'The catalog service is unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } },
  ]);
}

/** Sends FAILURES mixed queries, each failing (at most a timeout each): catalog's circuit opens. */
async function failUntilOpen(): Promise<void> {
  for (let attempt = 0; attempt < FAILURES; attempt++) {
    expect(await metric(STATE)).toBe(0);
    const { ms, response } = await mixed();
    expectOnlyCatalogLost(response);
    // Bounded by catalog's query timeout, not the default 10 s (undici checks it on a ~0.5 s tick).
    expect(ms).toBeLessThan(QUERY_TIMEOUT_MS + 1500);
  }
  expect(await metric(STATE)).toBe(2); // open
}

beforeAll(async () => {
  users = await startUsersHarness();
  catalogDatabase = await createTestDatabase('outage_catalog');
  catalog = runServiceProcess(catalogMain, {
    CATALOG_PORT: '0',
    CATALOG_STORE: 'postgres',
    DATABASE_URL: catalogDatabase.url,
    REDIS_URL: engines.TEST_REDIS_URL,
    AMQP_URL: engines.TEST_AMQP_URL,
    JWKS_URL: `${users.url.replace(/\/graphql$/, '')}/.well-known/jwks.json`,
    LOG_LEVEL: 'info', // the 'listening' line gives the port
  });
  const port = await listeningPort(catalog);
  gateway = await startGateway(
    loadGatewayConfig({
      GATEWAY_PORT: '0',
      RUNTIME_MODE: 'embedded',
      NODE_ENV: 'test',
      JWKS_URL: `${users.url.replace(/\/graphql$/, '')}/.well-known/jwks.json`,
      RESPONSE_CACHE_MB: '0',
      SUBGRAPH_USERS_URL: users.url,
      SUBGRAPH_CATALOG_URL: `http://127.0.0.1:${port}/graphql`,
      SUBGRAPH_CATALOG_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
      SUBGRAPH_BREAKER_FAILURES: String(FAILURES),
      SUBGRAPH_BREAKER_WINDOW_MS: '30000',
      SUBGRAPH_BREAKER_OPEN_MS: String(OPEN_MS),
    }),
    createLogger({ service: 'gateway', level: 'silent' }),
  );
  buyer = await accountsOf(gateway.url, 'outage').signUp();
}, 60_000);

afterAll(async () => {
  if (catalog && catalog.child.exitCode === null && catalog.child.signalCode === null) {
    catalog.child.kill('SIGCONT');
    catalog.child.kill('SIGKILL');
    await catalog.exit;
  }
  await gateway?.stop();
  await users?.stop();
  await catalogDatabase?.drop();
});

it('answers the mixed query whole while both subgraphs are up', async () => {
  const { response } = await mixed();
  expect(response.errors).toBeUndefined();
  expect(response.data).toEqual({ me: { id: buyer.id }, products: { totalCount: 0, edges: [] } });
  expect(await metric(STATE)).toBe(0); // closed
});

it('with catalog frozen (SIGSTOP): keeps me, fails fast once the circuit is open, closes after SIGCONT', async () => {
  catalog!.child.kill('SIGSTOP');
  await failUntilOpen();

  // Open: no fetch is made, so the answer does not wait for catalog's timeout.
  for (let i = 0; i < 5; i++) {
    const { ms, response } = await mixed();
    expectOnlyCatalogLost(response);
    expect(ms).toBeLessThan(100);
  }
  expect(await metric('gateway_subgraph_circuit_rejections_total')).toBeGreaterThanOrEqual(5);

  // Still frozen when the circuit half-opens: the trial fetch times out and the circuit opens again.
  await new Promise((resolve) => setTimeout(resolve, OPEN_MS));
  expectOnlyCatalogLost((await mixed()).response);
  expect(await metric(TRANSITIONS, { from: 'closed', to: 'open' })).toBe(1);
  expect(await metric(TRANSITIONS, { from: 'open', to: 'half-open' })).toBe(1);
  expect(await metric(TRANSITIONS, { from: 'half-open', to: 'open' })).toBe(1);
  expect(await metric(STATE)).toBe(2);

  // Thawed: after openMs the next query is the trial fetch, it succeeds and closes the circuit.
  catalog!.child.kill('SIGCONT');
  await new Promise((resolve) => setTimeout(resolve, OPEN_MS));
  const recovered = (await mixed()).response;
  expect(recovered.errors).toBeUndefined();
  expect(recovered.data).toEqual({ me: { id: buyer.id }, products: { totalCount: 0, edges: [] } });
  expect(await metric(TRANSITIONS, { from: 'half-open', to: 'closed' })).toBe(1);
  expect(await metric(STATE)).toBe(0); // closed
}, 30_000);

it('with catalog killed (SIGKILL): keeps me and fails fast once the circuit is open', async () => {
  catalog!.child.kill('SIGKILL');
  await catalog!.exit;
  await failUntilOpen();
  for (let i = 0; i < 5; i++) {
    const { ms, response } = await mixed();
    expectOnlyCatalogLost(response);
    expect(ms).toBeLessThan(100);
  }
}, 30_000);
