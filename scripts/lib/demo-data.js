/**
 * Demo data for embedded mode, created through the public API on first run so the README's examples
 * work out of the box: accounts, the catalog, reviews. Idempotent: an account that can already log in
 * is left alone, a seeded catalog or reviews are not seeded again.
 */
const { request } = require('undici');
const { seedDemoReviews } = require('./demo-reviews');

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

/** Demo products on first run: 1 000 products from the seed generator, indexed live by search. */
async function seedDemoCatalog(gatewayUrl, catalogStore, logger) {
  const { seedCatalog, ensureSeedSellers } = require('@commerce/catalog');
  if ((await catalogStore.countProducts({})) > 0) return;
  const sellerIds = await ensureSeedSellers(gatewayUrl, 5);
  const report = await seedCatalog({ store: catalogStore, sellerIds, size: 1000, withEvents: true, logger });
  catalogStore.relay.kick();
  logger.info(report, 'demo catalog seeded');
}

async function seedDemoData(gatewayUrl, catalogStore, logger) {
  await seedDemoAccounts(gatewayUrl, logger);
  await seedDemoCatalog(gatewayUrl, catalogStore, logger);
  await seedDemoProductReviews(gatewayUrl, logger);
}

/** Reviews (some from delivered demo orders, so verified) on most demo products, and seller ratings. */
async function seedDemoProductReviews(gatewayUrl, logger) {
  const { SEED_SELLER_PASSWORD } = require('@commerce/catalog');
  const report = await seedDemoReviews(gatewayUrl, logger, { sellerPassword: SEED_SELLER_PASSWORD });
  if (!report.skipped) logger.info(report, 'demo reviews seeded');
}

async function seedDemoAccounts(gatewayUrl, logger) {
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
