import { errorCodes, graphql } from '@commerce/testing';
import { useUsersFixture, GrantRoleDocument, LoginDocument } from '../testing/users.fixture';

const f = useUsersFixture();

describe('roles', () => {
  it('lets only ADMIN grant roles; the bootstrapped admin can', async () => {
    const { session } = await f.signUp();
    const denied = await graphql(
      f.harness.url,
      GrantRoleDocument,
      { userId: session.user.id, role: 'ADMIN' },
      { token: session.accessToken },
    );
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    expect(
      (await f.db.query('SELECT roles FROM users WHERE id = $1', [session.user.id])).rows[0].roles,
    ).toEqual(['BUYER']);

    const admin = await graphql(f.harness.url, LoginDocument, {
      input: {
        usernameOrEmail: f.harness.config.ADMIN_USERNAME,
        password: f.harness.config.ADMIN_PASSWORD,
      },
    });
    const granted = await graphql(
      f.harness.url,
      GrantRoleDocument,
      { userId: session.user.id, role: 'SELLER' },
      { token: admin.data!.login.accessToken },
    );
    expect(granted.data!.grantRole.roles).toEqual(['BUYER', 'SELLER']);
  });
});
