import { randomUUID } from 'node:crypto';
import { errorCodes, GraphQLResponse } from '@commerce/testing';
import { OrderFixture } from '../testing/event-fixtures';
import { startReviewsHarness, ReviewsHarness } from '../testing/reviews-harness';
import { reviewsClient } from '../testing/reviews-operations';

// Engines: PostgreSQL. A buyer rates each seller of a delivered order once; User.sellerRating sums
// them up. What the order is comes from orders' events (the purchases projection).
let harness: ReviewsHarness;

beforeAll(async () => {
  harness = await startReviewsHarness();
});

afterAll(async () => {
  await harness?.stop();
});

function buyer() {
  const user = harness.identity.user();
  return { ...user, client: reviewsClient(harness.url, user.token) };
}

/** A delivered order of `buyerId` with one product from each of `sellerIds`. */
async function deliveredOrder(buyerId: string, sellerIds: string[]): Promise<OrderFixture> {
  const order = new OrderFixture(
    buyerId,
    sellerIds.map((sellerId) => ({ productId: randomUUID(), sellerId })),
  );
  await harness.deliver(order.paid(), order.delivered());
  return order;
}

async function sellerRating(sellerId: string) {
  const response = await reviewsClient(harness.url).users(
    [sellerId],
    'sellerRating { average count distribution }',
  );
  expect(response.errors).toBeUndefined();
  return response.data!._entities[0].sellerRating;
}

async function sellerReviewCount(): Promise<number> {
  const { rows } = await harness.db.query(
    `SELECT (SELECT count(*) FROM seller_reviews)::int + (SELECT coalesce(sum(version), 0) FROM rating_aggregates)::int AS n`,
  );
  return rows[0].n;
}

describe('rateSeller', () => {
  it('rates each seller of a delivered order once; sellerRating averages them, null before any', async () => {
    const [s1, s2] = [randomUUID(), randomUUID()];
    expect(await sellerRating(s1)).toBeNull();
    const alice = buyer();
    const order = await deliveredOrder(alice.id, [s1, s2]);
    const rated = await alice.client.rateSeller({
      orderId: order.orderId,
      sellerId: s1,
      rating: 5,
      comment: 'Fast',
    });
    expect(rated.errors).toBeUndefined();
    expect(rated.data!.rateSeller).toMatchObject({
      rating: 5,
      comment: 'Fast',
      seller: { id: s1 },
      author: { id: alice.id },
    });
    expect(
      (await alice.client.rateSeller({ orderId: order.orderId, sellerId: s2, rating: 2 })).errors,
    ).toBeUndefined();

    const bob = buyer();
    const another = await deliveredOrder(bob.id, [s1]);
    await bob.client.rateSeller({ orderId: another.orderId, sellerId: s1, rating: 4 });
    expect(await sellerRating(s1)).toEqual({ average: 4.5, count: 2, distribution: [0, 0, 0, 1, 1] });
    expect(await sellerRating(s2)).toEqual({ average: 2, count: 1, distribution: [0, 1, 0, 0, 0] });
  });

  it('refuses a second rating of the same seller for the same order (CONFLICT), writing nothing', async () => {
    const seller = randomUUID();
    const carol = buyer();
    const order = await deliveredOrder(carol.id, [seller]);
    await carol.client.rateSeller({ orderId: order.orderId, sellerId: seller, rating: 3 });
    const before = await sellerReviewCount();
    const again = await carol.client.rateSeller({ orderId: order.orderId, sellerId: seller, rating: 1 });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(await sellerReviewCount()).toBe(before);
    expect(await sellerRating(seller)).toMatchObject({ average: 3, count: 1 });
  });

  it("refuses an order that is not delivered (CONFLICT), someone else's or unknown (NOT_FOUND), a seller not in it and bad input", async () => {
    const seller = randomUUID();
    const dave = buyer();
    const paidOnly = new OrderFixture(dave.id, [{ productId: randomUUID(), sellerId: seller }]);
    await harness.deliver(paidOnly.paid());
    const delivered = await deliveredOrder(dave.id, [seller]);
    const before = await sellerReviewCount();

    const cases: [Promise<GraphQLResponse<unknown>>, string][] = [
      [dave.client.rateSeller({ orderId: paidOnly.orderId, sellerId: seller, rating: 4 }), 'CONFLICT'],
      [buyer().client.rateSeller({ orderId: delivered.orderId, sellerId: seller, rating: 4 }), 'NOT_FOUND'],
      [dave.client.rateSeller({ orderId: randomUUID(), sellerId: seller, rating: 4 }), 'NOT_FOUND'],
      [
        dave.client.rateSeller({ orderId: delivered.orderId, sellerId: randomUUID(), rating: 4 }),
        'BAD_USER_INPUT',
      ],
      [dave.client.rateSeller({ orderId: delivered.orderId, sellerId: seller, rating: 0 }), 'BAD_USER_INPUT'],
      [dave.client.rateSeller({ orderId: 'nope', sellerId: seller, rating: 3 }), 'BAD_USER_INPUT'],
      [
        reviewsClient(harness.url).rateSeller({ orderId: delivered.orderId, sellerId: seller, rating: 3 }),
        'UNAUTHENTICATED',
      ],
    ];
    for (const [call, code] of cases) expect(errorCodes(await call)).toEqual([code]);
    expect(await sellerReviewCount()).toBe(before);
  });

  it('still lets the buyer rate the seller after the delivered order was refunded', async () => {
    const seller = randomUUID();
    const erin = buyer();
    const order = await deliveredOrder(erin.id, [seller]);
    await harness.deliver(order.refunded());
    const rated = await erin.client.rateSeller({
      orderId: order.orderId,
      sellerId: seller,
      rating: 1,
      comment: 'Broken',
    });
    expect(rated.errors).toBeUndefined();
  });
});
