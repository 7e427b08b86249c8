import { Client } from 'pg';
import { JwksKeySource, JwtVerifier, Role } from '@commerce/auth';
import type { EventEnvelope } from '@commerce/events';
import { errorCodes, eventually, graphql } from '@commerce/testing';
// The typed operations are generated once, at the root, for the cross-service suite and for
// frontend teams; this spec reuses them rather than keep a second copy inside the package.
/* eslint-disable import-x/no-relative-packages */
import {
  AddAddressDocument,
  BecomeSellerDocument,
  DeleteMyAccountDocument,
  GrantRoleDocument,
  LoginDocument,
  LogoutDocument,
  MeDocument,
  RefreshTokenDocument,
  SignUpDocument,
  UserPrivateDocument,
} from '../../../tests/generated/graphql';
/* eslint-enable import-x/no-relative-packages */
import { startUsersHarness, UsersHarness } from './testing/users-harness';

let harness: UsersHarness;
let db: Client;
const received: EventEnvelope[] = [];
let counter = 0;

/** A distinct, valid account per call. */
function newAccount() {
  counter += 1;
  const username = `user${counter}_${Date.now().toString(36)}`;
  return { username, email: `${username}@example.com`, password: 'correct-horse-42' };
}

async function signUp(account = newAccount()) {
  const response = await graphql(harness.url, SignUpDocument, { input: account });
  expect(response.errors).toBeUndefined();
  return { account, session: response.data!.signUp };
}

async function countUsers(): Promise<number> {
  return Number((await db.query('SELECT count(*) FROM users')).rows[0].count);
}

beforeAll(async () => {
  harness = await startUsersHarness({
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
    LOGIN_MAX_ATTEMPTS_PER_IP: '1000',
  });
  db = new Client({ connectionString: harness.database.url });
  await db.connect();
  await harness.bus.consume({
    consumer: 'users-spec',
    patterns: ['user.#'],
    handler: async (event) => {
      received.push(event);
    },
  });
});

afterAll(async () => {
  await db.end();
  await harness.stop();
});

describe('sign-up', () => {
  it('creates a BUYER, stores an argon2id hash, returns tokens and publishes user.registered', async () => {
    const { account, session } = await signUp();
    expect(session.user.roles).toEqual(['BUYER']);
    expect(session.expiresIn).toBe(900);
    const row = (await db.query('SELECT password_hash FROM users WHERE id = $1', [session.user.id])).rows[0];
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(session)).not.toContain(account.password);
    const event = await eventually('user.registered', async () =>
      received.find(
        (e) => e.type === 'user.registered' && (e.data as { userId: string }).userId === session.user.id,
      ),
    );
    expect(event).toMatchObject({ source: 'users', version: 1, data: { username: account.username } });
    expect(await harness.service.relay.pendingCount()).toBe(0);
  });

  it('treats usernames and emails case-insensitively and refuses duplicates with CONFLICT', async () => {
    const { account } = await signUp();
    const before = await countUsers();
    const sameName = await graphql(harness.url, SignUpDocument, {
      input: { ...newAccount(), username: account.username.toUpperCase() },
    });
    expect(errorCodes(sameName)).toEqual(['CONFLICT']);
    expect(sameName.errors![0].extensions!.details).toEqual({ field: 'username' });
    const sameEmail = await graphql(harness.url, SignUpDocument, {
      input: { ...newAccount(), email: account.email.toUpperCase() },
    });
    expect(errorCodes(sameEmail)).toEqual(['CONFLICT']);
    expect(await countUsers()).toBe(before);
  });

  it.each([
    ['malformed email', { email: 'not-an-email' }, 'email'],
    ['weak password', { password: 'short1' }, 'password'],
    ['password without digit', { password: 'onlyletters-here' }, 'password'],
    ['1 MB username', { username: 'a'.repeat(1024 * 1024) }, 'username'],
    ['bad phone number', { phoneNumber: '12345' }, 'phoneNumber'],
  ])('refuses a %s with BAD_USER_INPUT and writes nothing', async (_name, override, field) => {
    const before = await countUsers();
    const response = await graphql(harness.url, SignUpDocument, { input: { ...newAccount(), ...override } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions!.details).toEqual({ field });
    expect(await countUsers()).toBe(before);
  });
});

describe('login and sessions', () => {
  it('logs in by username or by email in any case', async () => {
    const { account, session } = await signUp();
    for (const usernameOrEmail of [account.username, account.email.toUpperCase()]) {
      const response = await graphql(harness.url, LoginDocument, {
        input: { usernameOrEmail, password: account.password },
      });
      expect(response.data?.login.user.id).toBe(session.user.id);
    }
  });

  it('gives the same UNAUTHENTICATED answer for a wrong password and an unknown account', async () => {
    const { account } = await signUp();
    const wrong = await graphql(harness.url, LoginDocument, {
      input: { usernameOrEmail: account.username, password: 'wrong-password-1' },
    });
    const unknown = await graphql(harness.url, LoginDocument, {
      input: { usernameOrEmail: 'nobody-here', password: 'wrong-password-1' },
    });
    expect(errorCodes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
  });

  it('rate-limits failed logins per account, even with the right password afterwards', async () => {
    const { account } = await signUp();
    for (let i = 0; i < 3; i++) {
      const r = await graphql(harness.url, LoginDocument, {
        input: { usernameOrEmail: account.username, password: 'wrong-password-1' },
      });
      expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
    }
    const blocked = await graphql(harness.url, LoginDocument, {
      input: { usernameOrEmail: account.username, password: account.password },
    });
    expect(errorCodes(blocked)).toEqual(['RATE_LIMITED']);
    expect(blocked.errors![0].extensions!.details).toMatchObject({ retryAfterSeconds: expect.any(Number) });
  });

  it('rotates refresh tokens and revokes the whole family when a spent one is reused', async () => {
    const { session } = await signUp();
    const first = await graphql(harness.url, RefreshTokenDocument, { refreshToken: session.refreshToken });
    const next = first.data!.refreshToken;
    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect(next.user.id).toBe(session.user.id);

    const replay = await graphql(harness.url, RefreshTokenDocument, { refreshToken: session.refreshToken });
    expect(errorCodes(replay)).toEqual(['UNAUTHENTICATED']);
    // The thief's replay also kills the legitimate holder's newer token.
    const afterReuse = await graphql(harness.url, RefreshTokenDocument, { refreshToken: next.refreshToken });
    expect(errorCodes(afterReuse)).toEqual(['UNAUTHENTICATED']);
    const live = await db.query(
      'SELECT count(*) FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL',
      [session.user.id],
    );
    expect(Number(live.rows[0].count)).toBe(0);
  });

  it('stores refresh tokens only as hashes', async () => {
    const { session } = await signUp();
    const rows = await db.query('SELECT token_hash FROM refresh_tokens WHERE user_id = $1', [
      session.user.id,
    ]);
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.rows[0].token_hash).not.toContain(session.refreshToken.split('.')[1]);
  });

  it('logout ends the session', async () => {
    const { session } = await signUp();
    const out = await graphql(harness.url, LogoutDocument, { refreshToken: session.refreshToken });
    expect(out.data?.logout).toBe(true);
    const refresh = await graphql(harness.url, RefreshTokenDocument, { refreshToken: session.refreshToken });
    expect(errorCodes(refresh)).toEqual(['UNAUTHENTICATED']);
  });

  it('rejects a tampered access token with HTTP 401', async () => {
    const { session } = await signUp();
    const tampered = session.accessToken.slice(0, -4) + 'AAAA';
    const response = await graphql(harness.url, MeDocument, {}, { token: tampered });
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('JWKS and key rotation', () => {
  it('publishes keys that verify its tokens, and keeps old tokens valid after a rotation', async () => {
    const { session } = await signUp();
    const jwksUrl = harness.url.replace('/graphql', '/.well-known/jwks.json');
    const verifier = new JwtVerifier(new JwksKeySource(jwksUrl), {
      issuer: 'commerce-users',
      audience: 'commerce',
    });
    expect(await verifier.verify(session.accessToken)).toEqual({ id: session.user.id, roles: [Role.BUYER] });

    const oldKid = JSON.parse(Buffer.from(session.accessToken.split('.')[0], 'base64url').toString()).kid;
    const newKid = await harness.service.signingKeys.rotate();
    const login = await graphql(harness.url, LoginDocument, {
      input: { usernameOrEmail: session.user.username, password: 'correct-horse-42' },
    });
    const token = login.data!.login.accessToken;
    expect(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()).kid).toBe(newKid);
    expect(newKid).not.toBe(oldKid);
    // A fresh verifier (no cached keys) verifies both through the JWKS.
    const fresh = new JwtVerifier(new JwksKeySource(jwksUrl), {
      issuer: 'commerce-users',
      audience: 'commerce',
    });
    await expect(fresh.verify(session.accessToken)).resolves.toMatchObject({ id: session.user.id });
    await expect(fresh.verify(token)).resolves.toMatchObject({ id: session.user.id });
  });
});

describe('profile, seller, addresses and roles', () => {
  it('hides private fields from other users but shows them to the owner', async () => {
    const { session: alice } = await signUp();
    const { session: bob } = await signUp();
    await graphql(
      harness.url,
      AddAddressDocument,
      { input: { line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'us' } },
      { token: alice.accessToken },
    );
    const own = await graphql(
      harness.url,
      UserPrivateDocument,
      { id: alice.user.id },
      { token: alice.accessToken },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.user!.email).toContain('@example.com');
    expect(own.data!.user!.addresses).toHaveLength(1);

    const other = await graphql(
      harness.url,
      UserPrivateDocument,
      { id: alice.user.id },
      { token: bob.accessToken },
    );
    expect(other.data!.user!.username).toBe(alice.user.username);
    expect(other.data!.user!.email).toBeNull();
    expect(other.data!.user!.phoneNumber).toBeNull();
    expect(other.data!.user!.addresses).toEqual([]);
    expect(errorCodes(other).sort()).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('makes a seller and refreshes roles into the next tokens', async () => {
    const { session } = await signUp();
    const seller = await graphql(
      harness.url,
      BecomeSellerDocument,
      { input: { displayName: 'Acme Goods', description: 'Anvils' } },
      { token: session.accessToken },
    );
    expect(seller.data!.becomeSeller.roles).toEqual(['BUYER', 'SELLER']);
    expect(seller.data!.becomeSeller.sellerProfile).toEqual({
      displayName: 'Acme Goods',
      description: 'Anvils',
    });
    const refreshed = await graphql(harness.url, RefreshTokenDocument, {
      refreshToken: session.refreshToken,
    });
    expect(refreshed.data!.refreshToken.user.roles).toEqual(['BUYER', 'SELLER']);
  });

  it('lets only ADMIN grant roles; the bootstrapped admin can', async () => {
    const { session } = await signUp();
    const denied = await graphql(
      harness.url,
      GrantRoleDocument,
      { userId: session.user.id, role: 'ADMIN' },
      { token: session.accessToken },
    );
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    expect(
      (await db.query('SELECT roles FROM users WHERE id = $1', [session.user.id])).rows[0].roles,
    ).toEqual(['BUYER']);

    const admin = await graphql(harness.url, LoginDocument, {
      input: { usernameOrEmail: harness.config.ADMIN_USERNAME, password: harness.config.ADMIN_PASSWORD },
    });
    const granted = await graphql(
      harness.url,
      GrantRoleDocument,
      { userId: session.user.id, role: 'SELLER' },
      { token: admin.data!.login.accessToken },
    );
    expect(granted.data!.grantRole.roles).toEqual(['BUYER', 'SELLER']);
  });

  it('refuses an invalid address with BAD_USER_INPUT and stores nothing', async () => {
    const { session } = await signUp();
    const response = await graphql(
      harness.url,
      AddAddressDocument,
      { input: { line1: '1 Main St', city: 'X', postalCode: '1', country: 'USA' } },
      { token: session.accessToken },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    const count = await db.query('SELECT count(*) FROM addresses WHERE user_id = $1', [session.user.id]);
    expect(Number(count.rows[0].count)).toBe(0);
  });
});

describe('account deletion', () => {
  it('anonymises the row, erases personal data and sessions, and frees the email', async () => {
    const { account, session } = await signUp({ ...newAccount(), phoneNumber: '+14155550123' } as never);
    await graphql(
      harness.url,
      AddAddressDocument,
      { input: { line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US' } },
      { token: session.accessToken },
    );
    const wrong = await graphql(
      harness.url,
      DeleteMyAccountDocument,
      { password: 'not-my-password1' },
      {
        token: session.accessToken,
      },
    );
    expect(errorCodes(wrong)).toEqual(['FORBIDDEN']);

    const deleted = await graphql(
      harness.url,
      DeleteMyAccountDocument,
      { password: account.password },
      {
        token: session.accessToken,
      },
    );
    expect(deleted.data?.deleteMyAccount).toBe(true);
    const row = (await db.query('SELECT * FROM users WHERE id = $1', [session.user.id])).rows[0];
    expect(row).toMatchObject({ email: null, phone_number: null, password_hash: null, roles: [] });
    expect(row.username).toBe(`deleted-${session.user.id}`);
    expect(row.deleted_at).not.toBeNull();
    expect(
      Number(
        (await db.query('SELECT count(*) FROM addresses WHERE user_id = $1', [session.user.id])).rows[0]
          .count,
      ),
    ).toBe(0);

    const login = await graphql(harness.url, LoginDocument, {
      input: { usernameOrEmail: account.email, password: account.password },
    });
    expect(errorCodes(login)).toEqual(['UNAUTHENTICATED']);
    const refresh = await graphql(harness.url, RefreshTokenDocument, { refreshToken: session.refreshToken });
    expect(errorCodes(refresh)).toEqual(['UNAUTHENTICATED']);
    const me = await graphql(harness.url, MeDocument, {}, { token: session.accessToken });
    expect(me.data?.me).toBeNull();
    // The email can be used again by a new account.
    await signUp({ ...newAccount(), email: account.email });
    await eventually('user.deleted', async () =>
      received.find(
        (e) => e.type === 'user.deleted' && (e.data as { userId: string }).userId === session.user.id,
      ),
    );
  });
});

describe('federation', () => {
  it('resolves many User references with one store query', async () => {
    const users = await Promise.all([signUp(), signUp(), signUp()]);
    const spy = jest.spyOn(harness.service.services.users, 'findByIds');
    const representations = users.map((u) => ({ __typename: 'User', id: u.session.user.id }));
    representations.push({ __typename: 'User', id: '00000000-0000-4000-8000-000000000000' });
    const response = await graphql<{ _entities: ({ id: string; username: string } | null)[] }, unknown>(
      harness.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id username } } }',
      { r: representations },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities.map((e) => e?.id ?? null)).toEqual([
      ...users.map((u) => u.session.user.id),
      null,
    ]);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});

describe('runtime endpoints', () => {
  it('answers /healthz, /readyz and /metrics', async () => {
    const base = harness.url.replace('/graphql', '');
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { database: true, eventBus: true } });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('graphql_request_duration_seconds_bucket');
    expect(metrics).toMatch(/graphql_requests_total\{[^}]*operation="SignUp"/);
  });
});

describe('internal address lookup (for checkout)', () => {
  it('answers only with the service token, and only for the owner of the address', async () => {
    const { session: alice } = await signUp();
    const { session: bob } = await signUp();
    const added = await graphql(
      harness.url,
      AddAddressDocument,
      { input: { line1: '9 Elm St', city: 'Shelbyville', postalCode: '54321', country: 'US' } },
      { token: alice.accessToken },
    );
    const addressId = added.data!.addAddress.id;
    const base = harness.url.replace('/graphql', '/internal/addresses');
    const auth = { authorization: `Bearer ${harness.config.SERVICE_TOKEN}` };

    const noToken = await fetch(`${base}?userId=${alice.user.id}&addressId=${addressId}`);
    expect(noToken.status).toBe(401);
    const own = await fetch(`${base}?userId=${alice.user.id}&addressId=${addressId}`, { headers: auth });
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ id: addressId, line1: '9 Elm St', country: 'US' });
    const someoneElses = await fetch(`${base}?userId=${bob.user.id}&addressId=${addressId}`, {
      headers: auth,
    });
    expect(someoneElses.status).toBe(404);
    expect(await someoneElses.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const malformed = await fetch(`${base}?userId=nope&addressId=${addressId}`, { headers: auth });
    expect(malformed.status).toBe(400);
  });
});
