import { randomUUID } from 'node:crypto';
import { productEvent } from '../testing/event-fixtures';
import { startReviewsHarness, ReviewsHarness } from '../testing/reviews-harness';
import { reviewsClient } from '../testing/reviews-operations';

// Engines: PostgreSQL. Rating totals are increments applied in each writer's transaction: under 50
// concurrent writers of one product none may be lost or doubled, and the totals must equal a recount.
let harness: ReviewsHarness;
const WRITERS = 50;

beforeAll(async () => {
  // A pool smaller than the writers: they queue for connections as in production.
  harness = await startReviewsHarness({ DATABASE_POOL_SIZE: '10' });
});

afterAll(async () => {
  await harness?.stop();
});

/** The stored totals and a recount of the reviews, side by side. */
async function totalsAndRecount(productId: string) {
  const { rows } = await harness.db.query(
    `SELECT a.review_count, a.rating_sum, ARRAY[a.stars_1, a.stars_2, a.stars_3, a.stars_4, a.stars_5] AS stars,
            a.version,
            (SELECT count(*)::int FROM reviews WHERE product_id = $1) AS recount,
            (SELECT coalesce(sum(rating), 0)::int FROM reviews WHERE product_id = $1) AS resum,
            (SELECT ARRAY[count(*) FILTER (WHERE rating = 1), count(*) FILTER (WHERE rating = 2),
                          count(*) FILTER (WHERE rating = 3), count(*) FILTER (WHERE rating = 4),
                          count(*) FILTER (WHERE rating = 5)]::int[]
               FROM reviews WHERE product_id = $1) AS restars
     FROM rating_aggregates a WHERE a.subject_kind = 'PRODUCT' AND a.subject_id = $1`,
    [productId],
  );
  return rows[0];
}

describe('rating totals under concurrent writers', () => {
  it(`counts every one of ${WRITERS} reviews written at once, with one version per change`, async () => {
    const productId = randomUUID();
    await harness.deliver(productEvent('product.created', { productId, sellerId: randomUUID() }));
    const writers = Array.from({ length: WRITERS }, (_, i) => ({
      user: harness.identity.user(),
      rating: (i % 5) + 1,
    }));

    const responses = await Promise.all(
      writers.map(({ user, rating }) =>
        reviewsClient(harness.url, user.token).createReview({ productId, rating }),
      ),
    );
    expect(responses.filter((r) => r.errors)).toEqual([]);

    const totals = await totalsAndRecount(productId);
    expect(totals).toEqual({
      review_count: WRITERS,
      rating_sum: 150, // 10 of each star: 10 * (1 + 2 + 3 + 4 + 5)
      stars: [10, 10, 10, 10, 10],
      version: WRITERS,
      recount: WRITERS,
      resum: 150,
      restars: [10, 10, 10, 10, 10],
    });
    // Each event carries its own version: consumers can order them.
    const { rows } = await harness.db.query(
      `SELECT (envelope->'data'->'productRating'->>'version')::int AS version FROM outbox
       WHERE envelope->'data'->>'productId' = $1`,
      [productId],
    );
    expect(rows.map((row) => row.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: WRITERS }, (_, i) => i + 1),
    );

    // Then the same writers change and delete at once: half move to 5 stars, half delete.
    const mine = responses.map((r) => r.data!.createReview);
    const changes = await Promise.all(
      writers.map(({ user }, i) =>
        i % 2 === 0
          ? reviewsClient(harness.url, user.token).updateReview({ id: mine[i].id, rating: 5 })
          : reviewsClient(harness.url, user.token).deleteReview(mine[i].id),
      ),
    );
    expect(changes.filter((r) => r.errors)).toEqual([]);
    const after = await totalsAndRecount(productId);
    expect(after).toMatchObject({
      review_count: WRITERS / 2,
      rating_sum: 5 * (WRITERS / 2),
      version: 2 * WRITERS,
    });
    expect(after.stars).toEqual(after.restars);
    expect(after.review_count).toBe(after.recount);
    expect(after.rating_sum).toBe(after.resum);
  });

  it('lets exactly one of many concurrent reviews by the same buyer through', async () => {
    const productId = randomUUID();
    await harness.deliver(productEvent('product.created', { productId, sellerId: randomUUID() }));
    const user = harness.identity.user();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        reviewsClient(harness.url, user.token).createReview({ productId, rating: 4 }),
      ),
    );
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    expect(responses.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(
      Array(9).fill('CONFLICT'),
    );
    expect(await totalsAndRecount(productId)).toMatchObject({ review_count: 1, recount: 1, version: 1 });
  });
});
