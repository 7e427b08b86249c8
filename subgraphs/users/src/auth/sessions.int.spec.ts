import { errorCodes, graphql } from '@commerce/testing';
import {
  useUsersFixture,
  LoginDocument,
  LogoutDocument,
  MeDocument,
  RefreshTokenDocument,
} from '../testing/users.fixture';

// At most 3 failed logins per account (SPEC_LOGIN_LIMITS), so the limit is reached below.
const f = useUsersFixture();

describe('login and sessions', () => {
  it('logs in by username or by email in any case', async () => {
    const { account, session } = await f.signUp();
    for (const usernameOrEmail of [account.username, account.email.toUpperCase()]) {
      const response = await graphql(f.harness.url, LoginDocument, {
        input: { usernameOrEmail, password: account.password },
      });
      expect(response.data?.login.user.id).toBe(session.user.id);
    }
  });

  it('gives the same UNAUTHENTICATED answer for a wrong password and an unknown account', async () => {
    const { account } = await f.signUp();
    const wrong = await graphql(f.harness.url, LoginDocument, {
      input: { usernameOrEmail: account.username, password: 'wrong-password-1' },
    });
    const unknown = await graphql(f.harness.url, LoginDocument, {
      input: { usernameOrEmail: 'nobody-here', password: 'wrong-password-1' },
    });
    expect(errorCodes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
  });

  it('rate-limits failed logins per account, even with the right password afterwards', async () => {
    const { account } = await f.signUp();
    for (let i = 0; i < 3; i++) {
      const r = await graphql(f.harness.url, LoginDocument, {
        input: { usernameOrEmail: account.username, password: 'wrong-password-1' },
      });
      expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
    }
    const blocked = await graphql(f.harness.url, LoginDocument, {
      input: { usernameOrEmail: account.username, password: account.password },
    });
    expect(errorCodes(blocked)).toEqual(['RATE_LIMITED']);
    expect(blocked.errors![0].extensions!.details).toMatchObject({ retryAfterSeconds: expect.any(Number) });
  });

  it('rotates refresh tokens and revokes the whole family when a spent one is reused', async () => {
    const { session } = await f.signUp();
    const first = await graphql(f.harness.url, RefreshTokenDocument, { refreshToken: session.refreshToken });
    const next = first.data!.refreshToken;
    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect(next.user.id).toBe(session.user.id);

    const replay = await graphql(f.harness.url, RefreshTokenDocument, { refreshToken: session.refreshToken });
    expect(errorCodes(replay)).toEqual(['UNAUTHENTICATED']);
    // The thief's replay also kills the legitimate holder's newer token.
    const afterReuse = await graphql(f.harness.url, RefreshTokenDocument, {
      refreshToken: next.refreshToken,
    });
    expect(errorCodes(afterReuse)).toEqual(['UNAUTHENTICATED']);
    const live = await f.db.query(
      'SELECT count(*) FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL',
      [session.user.id],
    );
    expect(Number(live.rows[0].count)).toBe(0);
  });

  it('stores refresh tokens only as hashes', async () => {
    const { session } = await f.signUp();
    const rows = await f.db.query('SELECT token_hash FROM refresh_tokens WHERE user_id = $1', [
      session.user.id,
    ]);
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.rows[0].token_hash).not.toContain(session.refreshToken.split('.')[1]);
  });

  it('logout ends the session', async () => {
    const { session } = await f.signUp();
    const out = await graphql(f.harness.url, LogoutDocument, { refreshToken: session.refreshToken });
    expect(out.data?.logout).toBe(true);
    const refresh = await graphql(f.harness.url, RefreshTokenDocument, {
      refreshToken: session.refreshToken,
    });
    expect(errorCodes(refresh)).toEqual(['UNAUTHENTICATED']);
  });

  it('rejects a tampered access token with HTTP 401', async () => {
    const { session } = await f.signUp();
    const tampered = session.accessToken.slice(0, -4) + 'AAAA';
    const response = await graphql(f.harness.url, MeDocument, {}, { token: tampered });
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });
});
