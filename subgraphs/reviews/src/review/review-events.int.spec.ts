import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@commerce/events';
import { eventually } from '@commerce/testing';
import { deliverNewProduct, useReviewsHarness } from '../testing/reviews.fixture';
import { reviewsClient } from '../testing/reviews-operations';
import { ReviewChange, reviewChangeSchema } from '@commerce/contracts';

// Engines: PostgreSQL. Every review write records exactly one event in its transaction's outbox,
// with the payload search consumes (review.events.ts), nothing more and nothing less.
const harness = useReviewsHarness();
const SELLER = randomUUID();
const product = () => deliverNewProduct(harness, SELLER);

/** The events the outbox holds for a product, in the order they were written. */
async function eventsOf(productId: string): Promise<EventEnvelope<ReviewChange>[]> {
  const { rows } = await harness.db.query(
    `SELECT envelope FROM outbox WHERE envelope->'data'->>'productId' = $1 ORDER BY seq`,
    [productId],
  );
  return rows.map((row) => row.envelope);
}

describe('review events', () => {
  it('records review.created, review.updated and review.deleted with the exact payload and a growing version', async () => {
    const productId = await product();
    const alice = harness.identity.user();
    const bob = harness.identity.user();
    const created = (await reviewsClient(harness.url, alice.token).createReview({ productId, rating: 4 }))
      .data!.createReview;
    await reviewsClient(harness.url, bob.token).createReview({ productId, rating: 1, comment: 'Rusty' });
    await reviewsClient(harness.url, alice.token).updateReview({ id: created.id, rating: 5 });
    await reviewsClient(harness.url, alice.token).updateReview({ id: created.id, comment: 'Still great' });
    await reviewsClient(harness.url, alice.token).deleteReview(created.id);

    const events = await eventsOf(productId);
    expect(events.map((e) => [e.type, e.source, e.version])).toEqual([
      ['review.created', 'reviews', 1],
      ['review.created', 'reviews', 1],
      ['review.updated', 'reviews', 1],
      ['review.updated', 'reviews', 1],
      ['review.deleted', 'reviews', 1],
    ]);
    const common = { reviewId: created.id, productId, authorId: alice.id, verifiedPurchase: false };
    expect(events.map((e) => e.data)).toEqual([
      { ...common, rating: 4, productRating: { average: 4, count: 1, version: 1 } },
      {
        reviewId: expect.any(String),
        productId,
        authorId: bob.id,
        rating: 1,
        verifiedPurchase: false,
        productRating: { average: 2.5, count: 2, version: 2 },
      },
      { ...common, rating: 5, productRating: { average: 3, count: 2, version: 3 } },
      // A comment edit leaves the totals but still moves the version, so consumers order it.
      { ...common, rating: 5, productRating: { average: 3, count: 2, version: 4 } },
      // The deleted review's rating; the product's rating without it.
      { ...common, rating: 5, productRating: { average: 1, count: 1, version: 5 } },
    ]);
    // The payload is the contract, exactly: no field more than the schema names.
    for (const event of events) expect(reviewChangeSchema.strict().parse(event.data)).toEqual(event.data);
  });

  it('sends a null average once the last review of a product is deleted, and rounds to 2 decimals', async () => {
    const productId = await product();
    const ids: string[] = [];
    for (const rating of [5, 4, 4]) {
      const user = harness.identity.user();
      ids.push(
        (await reviewsClient(harness.url, user.token).createReview({ productId, rating })).data!.createReview
          .id,
      );
    }
    const third = (await eventsOf(productId))[2];
    expect(third.data.productRating).toEqual({ average: 4.33, count: 3, version: 3 });
    const admin = harness.identity.user('ADMIN');
    for (const id of ids) await reviewsClient(harness.url, admin.token).deleteReview(id, 'test clean-up');
    const last = (await eventsOf(productId)).at(-1)!;
    expect(last.type).toBe('review.deleted');
    expect(last.data.productRating).toEqual({ average: null, count: 0, version: 6 });
  });

  it('records nothing for a refused write', async () => {
    const productId = await product();
    const user = harness.identity.user();
    await reviewsClient(harness.url, user.token).createReview({ productId, rating: 3 });
    await reviewsClient(harness.url, user.token).createReview({ productId, rating: 2 }); // CONFLICT
    await reviewsClient(harness.url, user.token).createReview({ productId, rating: 0 }); // BAD_USER_INPUT
    expect((await eventsOf(productId)).map((e) => e.type)).toEqual(['review.created']);
  });

  it('publishes the recorded events on the bus (outbox relay)', async () => {
    const productId = await product();
    const seen: EventEnvelope[] = [];
    const stop = await harness.bus.consume({
      consumer: `test-${randomUUID()}`,
      patterns: ['review.*'],
      handler: async (event) => {
        if ((event.data as ReviewChange).productId === productId) seen.push(event);
      },
    });
    try {
      const user = harness.identity.user();
      await reviewsClient(harness.url, user.token).createReview({ productId, rating: 2 });
      await eventually('review.created on the bus', async () => (seen.length > 0 ? true : undefined));
      expect(seen.map((e) => e.type)).toEqual(['review.created']);
      expect((seen[0].data as ReviewChange).productRating).toEqual({ average: 2, count: 1, version: 1 });
    } finally {
      await stop();
    }
  });
});
