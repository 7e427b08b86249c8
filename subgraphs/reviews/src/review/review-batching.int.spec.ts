import { randomUUID } from 'node:crypto';
import { productEvent } from '../testing/event-fixtures';
import { startReviewsHarness, ReviewsHarness } from '../testing/reviews-harness';
import { reviewsClient } from '../testing/reviews-operations';

// Engines: PostgreSQL. A search page asks reviews for the rating and first reviews of 20 products
// in one `_entities` call: that must cost a fixed number of statements, not one per product.
let harness: ReviewsHarness;
const PRODUCTS = 20;
let productIds: string[];
let authors: string[];

beforeAll(async () => {
  harness = await startReviewsHarness();
  productIds = Array.from({ length: PRODUCTS }, () => randomUUID());
  await harness.deliver(
    ...productIds.map((productId) => productEvent('product.created', { productId, sellerId: randomUUID() })),
  );
  // 0..4 reviews per product (some products have none).
  const users = Array.from({ length: 4 }, () => harness.identity.user());
  authors = users.map((user) => user.id);
  for (const [i, productId] of productIds.entries()) {
    for (const user of users.slice(0, i % 5)) {
      const response = await reviewsClient(harness.url, user.token).createReview({
        productId,
        rating: (i % 5) + 1,
      });
      expect(response.errors).toBeUndefined();
    }
  }
  // Only the requests' statements are counted here: the relay's background passes would be too.
  await harness.service.relay.flush();
  await harness.service.relay.stop();
});

afterAll(async () => {
  await harness?.stop();
});

describe('batched reads', () => {
  it(`answers ${PRODUCTS} products' rating and first 3 reviews (with totalCount and authors) in 2 statements`, async () => {
    const selection = `rating { average count distribution }
      reviews(first: 3) { totalCount edges { node { id rating verifiedPurchase author { id } product { id } } } }`;
    const { result: response, statements } = await harness.queries.during(() =>
      reviewsClient(harness.url).products(productIds, selection),
    );
    expect(response.errors).toBeUndefined();
    const entities = response.data!._entities;
    expect(entities).toHaveLength(PRODUCTS);
    for (const [i, entity] of entities.entries()) {
      const expected = i % 5;
      expect(entity!.id).toBe(productIds[i]);
      expect(entity!.rating.count).toBe(expected);
      expect(entity!.reviews.totalCount).toBe(expected);
      expect(entity!.reviews.edges).toHaveLength(Math.min(expected, 3));
      for (const edge of entity!.reviews.edges)
        expect(edge.node).toMatchObject({ product: { id: productIds[i] } });
    }
    // One query for the totals (rating and totalCount), one lateral join for every product's page.
    expect(statements).toEqual([
      expect.stringMatching(
        /^SELECT subject_id, .* FROM rating_aggregates WHERE subject_kind = \$1 AND subject_id = ANY/,
      ),
      expect.stringMatching(/CROSS JOIN LATERAL .* FROM reviews WHERE product_id = parent.parent_id/),
    ]);
  });

  it('costs the same 2 statements for 1 product as for 20: nothing grows with the list', async () => {
    const selection = 'rating { average } reviews(first: 3) { totalCount edges { node { id } } }';
    const one = await harness.queries.during(() =>
      reviewsClient(harness.url).products(productIds.slice(0, 1), selection),
    );
    const all = await harness.queries.during(() =>
      reviewsClient(harness.url).products(productIds, selection),
    );
    expect(one.count).toBe(all.count);
  });

  it('resolves many Review references in one query', async () => {
    const { rows } = await harness.db.query(`SELECT id FROM reviews ORDER BY id LIMIT 25`);
    const ids: string[] = rows.map((row) => row.id);
    const { result, count } = await harness.queries.during(() =>
      reviewsClient(harness.url)
        .users([], '')
        .then(() =>
          // The gateway asks for Review entities by key, like any other entity.
          fetch(harness.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Review { id rating } } }`,
              variables: { r: [...ids, randomUUID()].map((id) => ({ __typename: 'Review', id })) },
            }),
          }).then((r) => r.json() as Promise<{ data: { _entities: ({ id: string } | null)[] } }>),
        ),
    );
    expect(result.data._entities.map((e) => e?.id ?? null)).toEqual([...ids, null]);
    expect(count).toBe(1);
  });

  it("answers many users' reviews and seller ratings in a fixed number of statements", async () => {
    const { result, count } = await harness.queries.during(() =>
      reviewsClient(harness.url).users(
        authors,
        'sellerRating { average } reviews(first: 2) { totalCount edges { node { id } } }',
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(authors.length);
    // seller totals, review count per author, one lateral join for every author's page.
    expect(count).toBe(3);
  });
});
