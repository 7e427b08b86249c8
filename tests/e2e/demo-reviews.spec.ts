/**
 * The demo reviews seed (scripts/lib/demo-reviews.js, run on the embedded first start and by
 * `npm run seed`) against the real services through the gateway: seed reviewers buy, seed sellers
 * ship and deliver, the reviews of those buyers become verified, most products get a rating, the
 * sellers get rated, and a second run changes nothing.
 */
import { createLogger } from '@commerce/logging';
import { eventually, graphql } from '@commerce/testing';
import { ensureSeedSellers, SEED_SELLER_PASSWORD, seedCatalog } from '@commerce/catalog';
import { startTestSupergraph, TestSupergraph } from '../support/supergraph';

interface SeedReport {
  skipped?: boolean;
  products: number;
  orders: number;
  reviews: number;
  verifiedPurchases: number;
  sellerRatings: number;
  failed: number;
}

// Plain JavaScript shared by the launchers (scripts/), loaded as they load it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { seedDemoReviews } = require('../../scripts/lib/demo-reviews') as {
  seedDemoReviews: (url: string, logger: unknown, options: Record<string, unknown>) => Promise<SeedReport>;
};

let supergraph: TestSupergraph<'orders' | 'reviews'>;
const logger = createLogger({ service: 'seed', level: 'silent' });
const PRODUCTS = 30;

beforeAll(async () => {
  supergraph = await startTestSupergraph({
    with: ['orders', 'reviews'],
    usersEnv: { LOGIN_MAX_ATTEMPTS_PER_IP: '1000' },
  });
  const sellerIds = await ensureSeedSellers(supergraph.gatewayUrl, 2);
  const { store } = supergraph.catalog.service.stores;
  await seedCatalog({ store, sellerIds, size: PRODUCTS, withEvents: true, logger });
  store.relay.kick();
}, 90_000);

afterAll(async () => {
  await supergraph?.stop();
});

describe('demo reviews seed', () => {
  it('writes verified reviews from delivered demo orders, rates most products and the sellers; runs once', async () => {
    const options = { reviewers: 3, purchases: 3, products: PRODUCTS, sellerPassword: SEED_SELLER_PASSWORD };
    const report = await seedDemoReviews(supergraph.gatewayUrl, logger, options);
    expect(report).toMatchObject({
      products: PRODUCTS,
      orders: 3,
      verifiedPurchases: 3,
      sellerRatings: 3,
      failed: 0,
    });
    expect(report.reviews).toBeGreaterThan(PRODUCTS / 2);

    // Each reviewer bought one product: its review of it becomes verified once the delivery arrived.
    const reviewer = await graphql(
      supergraph.gatewayUrl,
      'mutation { login(input: { usernameOrEmail: "seed-reviewer-1", password: "seed-reviewer-password-1" }) { user { id } } }',
    );
    const reviewerId = (reviewer.data as { login: { user: { id: string } } }).login.user.id;
    const verified = await eventually(
      "the reviewer's review of its delivered product to be verified",
      async () => {
        const response = await graphql<
          { user: { reviews: { edges: { node: { verifiedPurchase: boolean } }[] } } },
          object
        >(
          supergraph.gatewayUrl,
          'query($id: ID!) { user(id: $id) { reviews(first: 100) { edges { node { verifiedPurchase } } } } }',
          { id: reviewerId },
        );
        const marks = response.data?.user.reviews.edges.map((edge) => edge.node.verifiedPurchase) ?? [];
        return marks.includes(true) ? marks : undefined;
      },
      { timeoutMs: 15_000, intervalMs: 200 },
    );
    // One delivered order per reviewer: exactly one of its reviews is verified.
    expect(verified.filter(Boolean)).toHaveLength(1);

    const again = await seedDemoReviews(supergraph.gatewayUrl, logger, options);
    expect(again).toEqual({ skipped: true });
  }, 120_000);
});
