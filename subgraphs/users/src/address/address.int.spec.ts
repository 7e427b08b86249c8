import { errorCodes, graphql } from '@commerce/testing';
import { useUsersFixture, AddAddressDocument } from '../testing/users.fixture';

const f = useUsersFixture();

describe('addresses', () => {
  it('refuses an invalid address with BAD_USER_INPUT and stores nothing', async () => {
    const { session } = await f.signUp();
    const response = await graphql(
      f.harness.url,
      AddAddressDocument,
      { input: { line1: '1 Main St', city: 'X', postalCode: '1', country: 'USA' } },
      { token: session.accessToken },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    const count = await f.db.query('SELECT count(*) FROM addresses WHERE user_id = $1', [session.user.id]);
    expect(Number(count.rows[0].count)).toBe(0);
  });
});

describe('internal address lookup (for checkout)', () => {
  it('answers only with the service token, and only for the owner of the address', async () => {
    const { session: alice } = await f.signUp();
    const { session: bob } = await f.signUp();
    const added = await graphql(
      f.harness.url,
      AddAddressDocument,
      { input: { line1: '9 Elm St', city: 'Shelbyville', postalCode: '54321', country: 'US' } },
      { token: alice.accessToken },
    );
    const addressId = added.data!.addAddress.id;
    const base = f.harness.url.replace('/graphql', '/internal/addresses');
    const auth = { authorization: `Bearer ${f.harness.config.SERVICE_TOKEN}` };

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
