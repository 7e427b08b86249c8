import { errorCodes, eventually, graphql } from '@commerce/testing';
import { useUsersFixture, SignUpDocument } from '../testing/users.fixture';

const f = useUsersFixture();

describe('sign-up', () => {
  it('creates a BUYER, stores an argon2id hash, returns tokens and publishes user.registered', async () => {
    const { account, session } = await f.signUp();
    expect(session.user.roles).toEqual(['BUYER']);
    expect(session.expiresIn).toBe(900);
    const row = (await f.db.query('SELECT password_hash FROM users WHERE id = $1', [session.user.id]))
      .rows[0];
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(session)).not.toContain(account.password);
    const event = await eventually('user.registered', async () =>
      f.received.find(
        (e) => e.type === 'user.registered' && (e.data as { userId: string }).userId === session.user.id,
      ),
    );
    expect(event).toMatchObject({ source: 'users', version: 1, data: { username: account.username } });
    expect(await f.harness.service.relay.pendingCount()).toBe(0);
  });

  it('treats usernames and emails case-insensitively and refuses duplicates with CONFLICT', async () => {
    const { account } = await f.signUp();
    const before = await f.countUsers();
    const sameName = await graphql(f.harness.url, SignUpDocument, {
      input: { ...f.newAccount(), username: account.username.toUpperCase() },
    });
    expect(errorCodes(sameName)).toEqual(['CONFLICT']);
    expect(sameName.errors![0].extensions!.details).toEqual({ field: 'username' });
    const sameEmail = await graphql(f.harness.url, SignUpDocument, {
      input: { ...f.newAccount(), email: account.email.toUpperCase() },
    });
    expect(errorCodes(sameEmail)).toEqual(['CONFLICT']);
    expect(await f.countUsers()).toBe(before);
  });

  it.each([
    ['malformed email', { email: 'not-an-email' }, 'email'],
    ['weak password', { password: 'short1' }, 'password'],
    ['password without digit', { password: 'onlyletters-here' }, 'password'],
    ['1 MB username', { username: 'a'.repeat(1024 * 1024) }, 'username'],
    ['bad phone number', { phoneNumber: '12345' }, 'phoneNumber'],
  ])('refuses a %s with BAD_USER_INPUT and writes nothing', async (_name, override, field) => {
    const before = await f.countUsers();
    const response = await graphql(f.harness.url, SignUpDocument, {
      input: { ...f.newAccount(), ...override },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions!.details).toEqual({ field });
    expect(await f.countUsers()).toBe(before);
  });
});
