/**
 * End-to-end through the gateway over HTTP, as a frontend would call it: identity flows, privacy,
 * authorization, bad input, and the gateway's answer when the users subgraph is down.
 */
import { Client } from 'pg';
import { errorCodes, graphql } from '@commerce/testing';
import {
  GrantRoleDocument,
  LoginDocument,
  MeDocument,
  RefreshTokenDocument,
  SignUpDocument,
  UserPrivateDocument,
  UserPublicDocument,
} from '../generated/graphql';
import { startTestSupergraph, TestSupergraph } from '../support/supergraph';

let supergraph: TestSupergraph;
let db: Client;
let url: string;
let n = 0;

function account() {
  n += 1;
  const username = `e2e${n}_${Date.now().toString(36)}`;
  return { username, email: `${username}@example.com`, password: 'e2e-password-77' };
}

async function countUsers(): Promise<number> {
  return Number((await db.query('SELECT count(*) FROM users')).rows[0].count);
}

async function signUp(input = account()) {
  const response = await graphql(url, SignUpDocument, { input });
  expect(response.errors).toBeUndefined();
  return { input, session: response.data!.signUp };
}

beforeAll(async () => {
  supergraph = await startTestSupergraph();
  url = supergraph.gatewayUrl;
  db = new Client({ connectionString: supergraph.users.database.url });
  await db.connect();
});

afterAll(async () => {
  await db.end();
  await supergraph.stop();
});

it('signs up, logs in and answers me, echoing the request id', async () => {
  const { input, session } = await signUp();
  const login = await graphql(url, LoginDocument, {
    input: { usernameOrEmail: input.email, password: input.password },
  });
  expect(login.data!.login.user.id).toBe(session.user.id);
  const me = await graphql(
    url,
    MeDocument,
    {},
    { token: login.data!.login.accessToken, headers: { 'x-request-id': 'e2e-req-1' } },
  );
  expect(me.headers['x-request-id']).toBe('e2e-req-1');
  expect(me.errors).toBeUndefined();
  expect(me.data!.me).toMatchObject({
    id: session.user.id,
    username: input.username,
    email: input.email,
    roles: ['BUYER'],
  });
});

it('answers me with null for an anonymous caller', async () => {
  const me = await graphql(url, MeDocument, {});
  expect(me.errors).toBeUndefined();
  expect(me.data!.me).toBeNull();
});

it('rotates refresh tokens and detects reuse', async () => {
  const { session } = await signUp();
  const rotated = await graphql(url, RefreshTokenDocument, { refreshToken: session.refreshToken });
  expect(rotated.errors).toBeUndefined();
  const reused = await graphql(url, RefreshTokenDocument, { refreshToken: session.refreshToken });
  expect(errorCodes(reused)).toEqual(['UNAUTHENTICATED']);
  const familyGone = await graphql(url, RefreshTokenDocument, {
    refreshToken: rotated.data!.refreshToken.refreshToken,
  });
  expect(errorCodes(familyGone)).toEqual(['UNAUTHENTICATED']);
});

it("refuses another user's private fields with FORBIDDEN but shows the public ones", async () => {
  const { session: alice } = await signUp();
  const { session: bob } = await signUp();
  const response = await graphql(url, UserPrivateDocument, { id: alice.user.id }, { token: bob.accessToken });
  expect(response.data!.user).toMatchObject({
    id: alice.user.id,
    username: alice.user.username,
    email: null,
    phoneNumber: null,
    addresses: [],
  });
  expect(errorCodes(response).sort()).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  const anonymous = await graphql(url, UserPublicDocument, { id: alice.user.id });
  expect(anonymous.errors).toBeUndefined();
  expect(anonymous.data!.user!.username).toBe(alice.user.username);
});

it('refuses grantRole from a non-admin with FORBIDDEN and changes nothing', async () => {
  const { session } = await signUp();
  const response = await graphql(
    url,
    GrantRoleDocument,
    { userId: session.user.id, role: 'ADMIN' },
    { token: session.accessToken },
  );
  expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  const roles = (await db.query('SELECT roles FROM users WHERE id = $1', [session.user.id])).rows[0].roles;
  expect(roles).toEqual(['BUYER']);
});

it('rejects an invalid token at the gateway with 401 UNAUTHENTICATED', async () => {
  const response = await graphql(url, MeDocument, {}, { token: 'not.a.jwt' });
  expect(response.status).toBe(401);
  expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
});

describe('bad input gives a clear code and writes nothing', () => {
  const cases: [string, () => Record<string, unknown>, string][] = [
    ['malformed email', () => ({ ...account(), email: 'nope@' }), 'BAD_USER_INPUT'],
    ['weak password', () => ({ ...account(), password: 'abc' }), 'BAD_USER_INPUT'],
    ['1 MB string', () => ({ ...account(), username: 'x'.repeat(1024 * 1024) }), 'BAD_USER_INPUT'],
    ['wrong type', () => ({ ...account(), username: 12345 }), 'BAD_USER_INPUT'],
    ['missing field', () => ({ username: 'someone', password: 'e2e-password-77' }), 'BAD_USER_INPUT'],
  ];
  it.each(cases)('%s', async (_name, makeInput, code) => {
    const before = await countUsers();
    const response = await graphql(url, SignUpDocument, { input: makeInput() as never });
    expect(errorCodes(response)).toEqual([code]);
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.js:\d+/i);
    expect(await countUsers()).toBe(before);
  });

  it('duplicate username (any case) is a CONFLICT', async () => {
    const { input } = await signUp();
    const before = await countUsers();
    const response = await graphql(url, SignUpDocument, {
      input: { ...account(), username: input.username.toUpperCase() },
    });
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(await countUsers()).toBe(before);
  });

  it('a malformed query is BAD_USER_INPUT', async () => {
    const response = await graphql(url, '{ me { id ');
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

it('answers SERVICE_UNAVAILABLE without internals when the users subgraph is stopped', async () => {
  const { session } = await signUp();
  await supergraph.users.service.stop();
  const response = await graphql(url, MeDocument, {}, { token: session.accessToken });
  expect(response.status).toBe(200);
  expect(response.data?.me ?? null).toBeNull();
  expect(errorCodes(response)).toEqual(['SERVICE_UNAVAILABLE']);
  expect(response.errors![0].message).toMatch(/users service is unavailable/);
  const body = JSON.stringify(response);
  expect(body).not.toContain('127.0.0.1');
  expect(body).not.toMatch(/ECONNREFUSED|stacktrace/i);
  const ready = await fetch(url.replace('/graphql', '/readyz'));
  expect(ready.status).toBe(503);
  const alive = await fetch(url.replace('/graphql', '/healthz'));
  expect(alive.status).toBe(200);
});
