/**
 * Reviews end to end through the gateway over HTTP, every service real (users, catalog, cart,
 * orders, payments, reviews on fresh databases, one RabbitMQ bus): a buyer buys, the seller ships
 * and delivers, the buyer reviews and its review shows `verifiedPurchase: true`; a buyer who never
 * bought gets false; the product's rating and reviews come back with catalog's and users' fields,
 * and the buyer rates the seller.
 */
import { errorCodes, eventually, graphql } from '@commerce/testing';
import {
  CreateReviewDocument,
  ProductReviewsDocument,
  RateSellerDocument,
  ReviewByIdDocument,
  UserReviewsDocument,
} from '../generated/graphql';
import { Account } from '../support/accounts';
import { Shop } from '../support/shop';
import { startTestSupergraph, TestSupergraph } from '../support/supergraph';

let supergraph: TestSupergraph<'orders' | 'reviews'>;
let url: string;
let shop: Shop;
let seller: Account;

async function review(token: string, productId: string, rating: number, comment?: string) {
  const response = await graphql(url, CreateReviewDocument, { productId, rating, comment }, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.createReview;
}

beforeAll(async () => {
  supergraph = await startTestSupergraph({
    with: ['orders', 'reviews'],
    usersEnv: { LOGIN_MAX_ATTEMPTS_PER_IP: '1000' },
  });
  url = supergraph.gatewayUrl;
  shop = await Shop.open(url, supergraph.users.config, 'rv');
  ({ seller } = shop);
}, 60_000);

afterAll(async () => {
  await supergraph?.stop();
});

describe('reviews through the gateway', () => {
  it('buy, deliver, review: verifiedPurchase true; a buyer who never bought: false', async () => {
    const productId = await shop.createProduct(10, 2500, { name: 'Quiet Kettle' });
    const { buyer } = await shop.deliveredPurchase(productId);

    // The delivery reaches reviews as an event: the review is verified once it has arrived, whether
    // the review was written before or after.
    const written = await review(buyer.token, productId, 5, 'Boils in two minutes');
    expect(written).toMatchObject({
      rating: 5,
      comment: 'Boils in two minutes',
      author: { id: buyer.id, username: buyer.username },
      product: { id: productId, name: 'Quiet Kettle' },
    });
    const verified = await eventually(
      'the review to be verified',
      async () => {
        const read = await graphql(url, ReviewByIdDocument, { id: written.id });
        return read.data?.review?.verifiedPurchase ? read.data.review : undefined;
      },
      { timeoutMs: 15_000, intervalMs: 100 },
    );
    expect(verified.verifiedPurchase).toBe(true);

    const stranger = await shop.signUpBuyer();
    const unverified = await review(stranger.token, productId, 2, 'Looks flimsy');
    expect(unverified.verifiedPurchase).toBe(false);

    const page = await graphql(url, ProductReviewsDocument, { productId, first: 10 });
    expect(page.errors).toBeUndefined();
    expect(page.data!.product).toMatchObject({
      name: 'Quiet Kettle',
      rating: { average: 3.5, count: 2, distribution: [0, 1, 0, 0, 1] },
      reviews: { totalCount: 2 },
    });
    expect(
      page.data!.product!.reviews!.edges.map((e) => [e.node.author.username, e.node.verifiedPurchase]),
    ).toEqual([
      [stranger.username, false],
      [buyer.username, true],
    ]);
  });

  it('refuses a seller reviewing its own product, a second review, and an anonymous one', async () => {
    const productId = await shop.createProduct(5);
    const own = await graphql(url, CreateReviewDocument, { productId, rating: 5 }, { token: seller.token });
    expect(errorCodes(own)).toEqual(['FORBIDDEN']);
    const buyer = await shop.signUpBuyer();
    await review(buyer.token, productId, 4);
    const again = await graphql(url, CreateReviewDocument, { productId, rating: 1 }, { token: buyer.token });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    const anonymous = await graphql(url, CreateReviewDocument, { productId, rating: 1 });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });

  it('lets the buyer of a delivered order rate its seller, shown as the seller rating', async () => {
    const productId = await shop.createProduct(5);
    const { buyer, orderId } = await shop.deliveredPurchase(productId);
    const rated = await eventually(
      'the delivered order to reach reviews',
      async () => {
        const response = await graphql(
          url,
          RateSellerDocument,
          { orderId, sellerId: seller.id, rating: 4, comment: 'Well packed' },
          { token: buyer.token },
        );
        // Until orders' events arrive, reviews does not know the order (NOT_FOUND) or knows it PAID.
        const error = response.errors?.[0]?.extensions;
        const early =
          error?.code === 'NOT_FOUND' || (error?.details as { status?: string })?.status === 'PAID';
        return early ? undefined : response;
      },
      { timeoutMs: 15_000, intervalMs: 100 },
    );
    expect(rated.errors).toBeUndefined();
    expect(rated.data!.rateSeller).toMatchObject({ rating: 4, seller: { id: seller.id } });

    const profile = await graphql(url, UserReviewsDocument, { id: seller.id });
    expect(profile.errors).toBeUndefined();
    expect(profile.data!.user).toMatchObject({
      username: seller.username,
      sellerRating: { average: 4, count: 1, distribution: [0, 0, 0, 1, 0] },
    });
    const again = await graphql(
      url,
      RateSellerDocument,
      { orderId, sellerId: seller.id, rating: 1 },
      { token: buyer.token },
    );
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors![0].message).toMatch(/already rated/);
  });
});
