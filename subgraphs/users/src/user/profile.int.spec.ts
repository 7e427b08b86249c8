import { errorCodes, graphql } from '@commerce/testing';
import {
  useUsersFixture,
  AddAddressDocument,
  BecomeSellerDocument,
  RefreshTokenDocument,
  UserPrivateDocument,
} from '../testing/users.fixture';

const f = useUsersFixture();

describe('profile and seller', () => {
  it('hides private fields from other users but shows them to the owner', async () => {
    const { session: alice } = await f.signUp();
    const { session: bob } = await f.signUp();
    await graphql(
      f.harness.url,
      AddAddressDocument,
      { input: { line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'us' } },
      { token: alice.accessToken },
    );
    const own = await graphql(
      f.harness.url,
      UserPrivateDocument,
      { id: alice.user.id },
      { token: alice.accessToken },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.user!.email).toContain('@example.com');
    expect(own.data!.user!.addresses).toHaveLength(1);

    const other = await graphql(
      f.harness.url,
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
    const { session } = await f.signUp();
    const seller = await graphql(
      f.harness.url,
      BecomeSellerDocument,
      { input: { displayName: 'Acme Goods', description: 'Anvils' } },
      { token: session.accessToken },
    );
    expect(seller.data!.becomeSeller.roles).toEqual(['BUYER', 'SELLER']);
    expect(seller.data!.becomeSeller.sellerProfile).toEqual({
      displayName: 'Acme Goods',
      description: 'Anvils',
    });
    const refreshed = await graphql(f.harness.url, RefreshTokenDocument, {
      refreshToken: session.refreshToken,
    });
    expect(refreshed.data!.refreshToken.user.roles).toEqual(['BUYER', 'SELLER']);
  });
});
