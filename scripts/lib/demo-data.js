/**
 * Demo accounts for embedded mode, created through the public API on first run so the README's
 * examples work out of the box. Idempotent: an account that can already log in is left alone.
 */
const { request } = require('undici');

const DEMO_PASSWORD = 'demo-password-1';
const DEMO_ACCOUNTS = [
  { username: 'demo-buyer', email: 'buyer@example.com' },
  {
    username: 'demo-seller',
    email: 'seller@example.com',
    seller: { displayName: 'Demo Store', description: 'Everything for the demo' },
  },
];

async function call(url, query, variables, token) {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.body.json();
}

async function seedDemoData(gatewayUrl, logger) {
  for (const account of DEMO_ACCOUNTS) {
    const login = await call(gatewayUrl, 'mutation($i: LoginInput!){ login(input: $i){ accessToken } }', {
      i: { usernameOrEmail: account.username, password: DEMO_PASSWORD },
    });
    if (login.data?.login) continue;
    const signUp = await call(gatewayUrl, 'mutation($i: SignUpInput!){ signUp(input: $i){ accessToken } }', {
      i: { username: account.username, email: account.email, password: DEMO_PASSWORD },
    });
    const token = signUp.data?.signUp?.accessToken;
    if (!token) {
      logger.warn({ account: account.username, errors: signUp.errors }, 'demo account not created');
      continue;
    }
    if (account.seller) {
      await call(
        gatewayUrl,
        'mutation($i: SellerProfileInput!){ becomeSeller(input: $i){ id } }',
        { i: account.seller },
        token,
      );
    }
    logger.info({ username: account.username }, 'demo account created');
  }
}

module.exports = { seedDemoData, DEMO_PASSWORD };
