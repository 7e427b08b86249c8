import { createHash } from 'node:crypto';
import { request } from 'undici';
import { RedisPubSub } from '@commerce/cache';
import { CLIENTS_CHANGED_CHANNEL, ResolveApiClient } from '@commerce/contracts';
import { engines, errorCodes, graphql } from '@commerce/testing';
import {
  ClientsDocument,
  LoginDocument,
  RegisterClientDocument,
  RevokeClientDocument,
  RotateClientKeyDocument,
  useUsersFixture,
} from '../testing/users.fixture';

const f = useUsersFixture();

let adminToken: string;
const changes: string[] = [];
let pubsub: RedisPubSub;

beforeAll(async () => {
  const login = await graphql(f.harness.url, LoginDocument, {
    input: { usernameOrEmail: f.harness.config.ADMIN_USERNAME, password: f.harness.config.ADMIN_PASSWORD },
  });
  adminToken = login.data!.login.accessToken;
  pubsub = new RedisPubSub(engines.TEST_REDIS_URL);
  await pubsub.subscribe(CLIENTS_CHANGED_CHANNEL, (id) => changes.push(id));
});

afterAll(async () => {
  await pubsub.close();
});

const base = () => f.harness.url.replace(/\/graphql$/, '');

/** What the gateway gets for a key from users' internal route. */
async function resolveKey(apiKey: string, token = f.harness.config.SERVICE_TOKEN) {
  const response = await request(`${base()}${ResolveApiClient.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ apiKey }),
  });
  return { status: response.statusCode, body: (await response.body.json()) as Record<string, unknown> };
}

const input = (name: string) => ({
  name,
  kind: 'PARTNER' as const,
  allowedOperations: ['PartnerSeller'],
  requestsPerMinute: 60,
  costPointsPerMinute: 6000,
});

it('registers a client for ADMIN only, shows the key once and stores only its sha256', async () => {
  const { session } = await f.signUp();
  const denied = await graphql(
    f.harness.url,
    RegisterClientDocument,
    { input: input('denied') },
    {
      token: session.accessToken,
    },
  );
  expect(errorCodes(denied)).toEqual(['FORBIDDEN']);

  const registered = await graphql(
    f.harness.url,
    RegisterClientDocument,
    { input: input('acme') },
    {
      token: adminToken,
    },
  );
  expect(registered.errors).toBeUndefined();
  const { apiKey, client } = registered.data!.registerClient;
  expect(apiKey).toMatch(/^ck_[A-Za-z0-9_-]{43}$/);
  expect(client).toMatchObject({ name: 'acme', kind: 'PARTNER', allowedOperations: ['PartnerSeller'] });
  const rows = (await f.db.query('SELECT * FROM api_clients WHERE id = $1', [client.id])).rows;
  expect(rows[0].key_hash).toBe(createHash('sha256').update(apiKey).digest('hex'));
  expect(JSON.stringify(rows)).not.toContain(apiKey);
  expect(
    JSON.stringify((await graphql(f.harness.url, ClientsDocument, {}, { token: adminToken })).data),
  ).not.toContain(apiKey);

  const resolved = await resolveKey(apiKey);
  expect(resolved).toEqual({
    status: 200,
    body: {
      id: client.id,
      name: 'acme',
      kind: 'PARTNER',
      allowedOperations: ['PartnerSeller'],
      requestsPerMinute: 60,
      costPointsPerMinute: 6000,
    },
  });
  expect((await resolveKey(apiKey, 'wrong-service-token-123')).status).toBe(401);
  expect((await resolveKey('ck_unknown')).status).toBe(404);
});

it('refuses bad input with the field named and stores nothing', async () => {
  const before = Number((await f.db.query('SELECT count(*) FROM api_clients')).rows[0].count);
  for (const bad of [
    { ...input('Bad Name') },
    { ...input('fine-name'), requestsPerMinute: 0 },
    { ...input('fine-name'), allowedOperations: ['not an operation'] },
  ]) {
    const response = await graphql(
      f.harness.url,
      RegisterClientDocument,
      { input: bad },
      { token: adminToken },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  }
  const taken = await graphql(
    f.harness.url,
    RegisterClientDocument,
    { input: input('acme') },
    { token: adminToken },
  );
  expect(errorCodes(taken)).toEqual(['CONFLICT']);
  expect(Number((await f.db.query('SELECT count(*) FROM api_clients')).rows[0].count)).toBe(before);
});

it('rotates with a grace during which both keys work, then only the new one', async () => {
  const registered = await graphql(
    f.harness.url,
    RegisterClientDocument,
    { input: input('rotor') },
    {
      token: adminToken,
    },
  );
  const { apiKey: oldKey, client } = registered.data!.registerClient;
  const rotated = await graphql(
    f.harness.url,
    RotateClientKeyDocument,
    { id: client.id, graceSeconds: 2 },
    {
      token: adminToken,
    },
  );
  const newKey = rotated.data!.rotateClientKey.apiKey;
  expect(newKey).not.toBe(oldKey);
  expect((await resolveKey(oldKey)).status).toBe(200);
  expect((await resolveKey(newKey)).status).toBe(200);
  await new Promise((resolve) => setTimeout(resolve, 2100));
  expect((await resolveKey(oldKey)).status).toBe(404);
  expect((await resolveKey(newKey)).status).toBe(200);
  expect(changes).toContain(client.id);
});

it('revokes both keys at once and announces it to the gateways', async () => {
  const registered = await graphql(
    f.harness.url,
    RegisterClientDocument,
    { input: input('gone') },
    {
      token: adminToken,
    },
  );
  const { apiKey, client } = registered.data!.registerClient;
  const rotated = await graphql(
    f.harness.url,
    RotateClientKeyDocument,
    { id: client.id, graceSeconds: 600 },
    {
      token: adminToken,
    },
  );
  const revoked = await graphql(
    f.harness.url,
    RevokeClientDocument,
    { id: client.id },
    { token: adminToken },
  );
  expect(revoked.data!.revokeClient.revokedAt).not.toBeNull();
  expect((await resolveKey(apiKey)).status).toBe(404);
  expect((await resolveKey(rotated.data!.rotateClientKey.apiKey)).status).toBe(404);
  const again = await graphql(
    f.harness.url,
    RotateClientKeyDocument,
    { id: client.id, graceSeconds: 0 },
    {
      token: adminToken,
    },
  );
  expect(errorCodes(again)).toEqual(['CONFLICT']);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(changes.filter((id) => id === client.id).length).toBeGreaterThanOrEqual(2);
});
