import { errorCodes, eventually, graphql } from '@commerce/testing';
import {
  useUsersFixture,
  AddAddressDocument,
  DeleteMyAccountDocument,
  LoginDocument,
  MeDocument,
  RefreshTokenDocument,
} from '../testing/users.fixture';

const f = useUsersFixture();

describe('account deletion', () => {
  it('anonymises the row, erases personal data and sessions, and frees the email', async () => {
    const { account, session } = await f.signUp({ ...f.newAccount(), phoneNumber: '+14155550123' });
    await graphql(
      f.harness.url,
      AddAddressDocument,
      { input: { line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US' } },
      { token: session.accessToken },
    );
    const wrong = await graphql(
      f.harness.url,
      DeleteMyAccountDocument,
      { password: 'not-my-password1' },
      { token: session.accessToken },
    );
    expect(errorCodes(wrong)).toEqual(['FORBIDDEN']);

    const deleted = await graphql(
      f.harness.url,
      DeleteMyAccountDocument,
      { password: account.password },
      { token: session.accessToken },
    );
    expect(deleted.data?.deleteMyAccount).toBe(true);
    const row = (await f.db.query('SELECT * FROM users WHERE id = $1', [session.user.id])).rows[0];
    expect(row).toMatchObject({ email: null, phone_number: null, password_hash: null, roles: [] });
    expect(row.username).toBe(`deleted-${session.user.id}`);
    expect(row.deleted_at).not.toBeNull();
    const addresses = await f.db.query('SELECT count(*) FROM addresses WHERE user_id = $1', [
      session.user.id,
    ]);
    expect(Number(addresses.rows[0].count)).toBe(0);

    const login = await graphql(f.harness.url, LoginDocument, {
      input: { usernameOrEmail: account.email, password: account.password },
    });
    expect(errorCodes(login)).toEqual(['UNAUTHENTICATED']);
    const refresh = await graphql(f.harness.url, RefreshTokenDocument, {
      refreshToken: session.refreshToken,
    });
    expect(errorCodes(refresh)).toEqual(['UNAUTHENTICATED']);
    const me = await graphql(f.harness.url, MeDocument, {}, { token: session.accessToken });
    expect(me.data?.me).toBeNull();
    // The email can be used again by a new account.
    await f.signUp({ ...f.newAccount(), email: account.email });
    await eventually('user.deleted', async () =>
      f.received.find(
        (e) => e.type === 'user.deleted' && (e.data as { userId: string }).userId === session.user.id,
      ),
    );
  });
});
