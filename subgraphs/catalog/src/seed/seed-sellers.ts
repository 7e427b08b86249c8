import { request } from 'undici';

/**
 * Password of every `seed-seller-<n>` account: demo data only. Exported so other seeds (reviews' demo
 * orders, which the seller ships) can act as these sellers through the public API.
 */
export const SEED_SELLER_PASSWORD = 'seed-seller-password-1';

async function call<T>(
  url: string,
  query: string,
  variables: unknown,
  token?: string,
): Promise<{ data?: T; errors?: { extensions?: { code?: string } }[] }> {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.body.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
}

/**
 * Seller accounts for the seed, created through the users API (the only owner of accounts):
 * `seed-seller-<n>` with a storefront profile. Existing ones are logged into, so the seed is re-runnable.
 * Returns their user ids.
 */
export async function ensureSeedSellers(usersGraphqlUrl: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 1; n <= count; n++) {
    const username = `seed-seller-${n}`;
    const signUp = await call<{ signUp: { accessToken: string; user: { id: string } } }>(
      usersGraphqlUrl,
      'mutation($i: SignUpInput!){ signUp(input: $i){ accessToken user { id } } }',
      { i: { username, email: `${username}@example.com`, password: SEED_SELLER_PASSWORD } },
    );
    let session = signUp.data?.signUp;
    if (!session) {
      const login = await call<{ login: { accessToken: string; user: { id: string } } }>(
        usersGraphqlUrl,
        'mutation($i: LoginInput!){ login(input: $i){ accessToken user { id } } }',
        { i: { usernameOrEmail: username, password: SEED_SELLER_PASSWORD } },
      );
      session = login.data?.login;
      if (!session)
        throw new Error(`cannot create or log in seed seller ${username}: ${JSON.stringify(login.errors)}`);
    }
    await call(
      usersGraphqlUrl,
      'mutation($i: SellerProfileInput!){ becomeSeller(input: $i){ id } }',
      { i: { displayName: `Seed Store ${n}`, description: 'Demo storefront created by the seed' } },
      session.accessToken,
    );
    ids.push(session.user.id);
  }
  return ids;
}
