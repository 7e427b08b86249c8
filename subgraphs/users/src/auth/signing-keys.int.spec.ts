import { JwksKeySource, JwtVerifier, Role } from '@commerce/auth';
import { graphql } from '@commerce/testing';
import { useUsersFixture, LoginDocument } from '../testing/users.fixture';

const f = useUsersFixture();

/** The `kid` header of a JWT. */
function kidOf(token: string): string {
  return JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()).kid;
}

describe('JWKS and key rotation', () => {
  it('publishes keys that verify its tokens, and keeps old tokens valid after a rotation', async () => {
    const { account, session } = await f.signUp();
    const jwksUrl = f.harness.url.replace('/graphql', '/.well-known/jwks.json');
    const verifier = new JwtVerifier(new JwksKeySource(jwksUrl), {
      issuer: 'commerce-users',
      audience: 'commerce',
    });
    expect(await verifier.verify(session.accessToken)).toEqual({ id: session.user.id, roles: [Role.BUYER] });

    const oldKid = kidOf(session.accessToken);
    const newKid = await f.harness.service.services.signingKeys.rotate();
    const login = await graphql(f.harness.url, LoginDocument, {
      input: { usernameOrEmail: session.user.username, password: account.password },
    });
    const token = login.data!.login.accessToken;
    expect(kidOf(token)).toBe(newKid);
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
