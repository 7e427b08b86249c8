import { randomUUID } from 'node:crypto';
import { errorCodes, TestUser } from '@commerce/testing';
import { productEvent } from './testing/event-fixtures';
import { startReviewsHarness, ReviewsHarness } from './testing/reviews-harness';
import { reviewsClient, ReviewsClient } from './testing/reviews-operations';

// Engines: PostgreSQL. The rules of writing reviews, each refusal with its code and nothing written.
let harness: ReviewsHarness;
const SELLER = randomUUID();

interface Person extends TestUser {
  client: ReviewsClient;
}

function person(...roles: ('SELLER' | 'ADMIN')[]): Person {
  const user = harness.identity.user(...roles);
  return { ...user, client: reviewsClient(harness.url, user.token) };
}

const anonymous = () => reviewsClient(harness.url);

/** A product catalog told reviews about (product.created), of SELLER unless told otherwise. */
async function product(options: { sellerId?: string; status?: 'DRAFT' | 'ACTIVE' | 'ARCHIVED' } = {}) {
  const productId = randomUUID();
  await harness.deliver(productEvent('product.created', { productId, sellerId: SELLER, ...options }));
  return productId;
}

/** Everything a refused request could have changed. */
async function state() {
  const { rows } = await harness.db.query(
    `SELECT (SELECT count(*) FROM reviews)::int AS reviews,
            (SELECT coalesce(sum(rating), 0) FROM reviews)::int AS ratings,
            (SELECT md5(coalesce(string_agg(id::text || rating || coalesce(comment, '') || updated_at, ',' ORDER BY id), ''))
               FROM reviews) AS contents,
            (SELECT coalesce(sum(version), 0) FROM rating_aggregates)::int AS versions,
            (SELECT count(*) FROM outbox)::int AS events,
            (SELECT count(*) FROM review_helpful_votes)::int AS votes,
            (SELECT count(*) FROM review_reports)::int AS reports,
            (SELECT count(*) FROM moderation_actions)::int AS moderation`,
  );
  return rows[0];
}

async function ratingOf(productId: string) {
  const response = await anonymous().products([productId], 'rating { average count distribution }');
  expect(response.errors).toBeUndefined();
  return response.data!._entities[0]!.rating;
}

beforeAll(async () => {
  harness = await startReviewsHarness();
});

afterAll(async () => {
  await harness?.stop();
});

describe('createReview', () => {
  it('records the review with the author, counts it in the product rating, verified false without a purchase', async () => {
    const productId = await product();
    const buyer = person();
    const response = await buyer.client.createReview({ productId, rating: 4, comment: '  Boils fast.  ' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.createReview).toMatchObject({
      rating: 4,
      comment: 'Boils fast.',
      verifiedPurchase: false,
      helpfulCount: 0,
      author: { id: buyer.id },
      product: { id: productId },
    });
    expect(await ratingOf(productId)).toEqual({ average: 4, count: 1, distribution: [0, 0, 0, 1, 0] });
  });

  it('needs a signed-in caller (UNAUTHENTICATED), and writes nothing', async () => {
    const productId = await product();
    const before = await state();
    const response = await anonymous().createReview({ productId, rating: 5 });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(await state()).toEqual(before);
  });

  it.each([
    ['rating 0', { rating: 0 }, 'rating'],
    ['rating 6', { rating: 6 }, 'rating'],
    ['a comment over 5000 characters', { comment: 'é'.repeat(5001) }, 'comment'],
    ['a NUL character', { comment: 'fine\u0000not' }, 'comment'],
    ['a malformed product id', { productId: 'not-a-uuid' }, 'productId'],
  ])('refuses %s with BAD_USER_INPUT, and writes nothing', async (_case, change, field) => {
    const productId = await product();
    const before = await state();
    const response = await person().client.createReview({ productId, rating: 3, ...change });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions!.details).toEqual({ field });
    expect(await state()).toEqual(before);
  });

  it('refuses a fractional rating before it reaches the service (GraphQL Int)', async () => {
    const productId = await product();
    const before = await state();
    const response = await person().client.createReview({ productId, rating: 3.5 });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(await state()).toEqual(before);
  });

  it('takes 5000 characters (code points, emoji included) and keeps the text as plain text, HTML and all', async () => {
    const productId = await product();
    const long = '👍'.repeat(5000);
    const first = await person().client.createReview({ productId, rating: 5, comment: long });
    expect(first.errors).toBeUndefined();
    expect(first.data!.createReview.comment).toBe(long);

    const markup = '<script>alert("x")</script> <b>bold</b> & "quotes"\nsecond line';
    const second = await person().client.createReview({ productId, rating: 2, comment: markup });
    expect(second.data!.createReview.comment).toBe(markup);
    const { rows } = await harness.db.query(`SELECT comment FROM reviews WHERE id = $1`, [
      second.data!.createReview.id,
    ]);
    expect(rows[0].comment).toBe(markup);
  });

  it('stores a blank comment as no comment', async () => {
    const response = await person().client.createReview({
      productId: await product(),
      rating: 3,
      comment: '   ',
    });
    expect(response.data!.createReview.comment).toBeNull();
  });

  it('allows one review per buyer and product: the second is CONFLICT and changes nothing', async () => {
    const productId = await product();
    const buyer = person();
    expect((await buyer.client.createReview({ productId, rating: 5 })).errors).toBeUndefined();
    const before = await state();
    const again = await buyer.client.createReview({ productId, rating: 1, comment: 'changed my mind' });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(await state()).toEqual(before);
    expect(await ratingOf(productId)).toEqual({ average: 5, count: 1, distribution: [0, 0, 0, 0, 1] });
  });

  it('refuses a seller reviewing its own product (FORBIDDEN), and writes nothing', async () => {
    const seller = person('SELLER');
    const productId = await product({ sellerId: seller.id });
    const before = await state();
    const response = await seller.client.createReview({ productId, rating: 5, comment: 'Best kettle ever' });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(await state()).toEqual(before);
  });

  it('answers NOT_FOUND for a product neither the events nor catalog know, or a draft, and writes nothing', async () => {
    const draft = await product({ status: 'DRAFT' });
    const before = await state();
    const unknown = await person().client.createReview({ productId: randomUUID(), rating: 4 });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    const drafted = await person().client.createReview({ productId: draft, rating: 4 });
    expect(errorCodes(drafted)).toEqual(['NOT_FOUND']);
    expect(await state()).toEqual(before);
  });

  it('accepts reviews of an ARCHIVED product (its buyers may still tell how it was)', async () => {
    const productId = await product({ status: 'ARCHIVED' });
    expect((await person().client.createReview({ productId, rating: 3 })).errors).toBeUndefined();
  });
});

describe('products reviews learn about', () => {
  it('follows catalog events: a product moved back to DRAFT cannot be reviewed; an older snapshot changes nothing', async () => {
    const productId = randomUUID();
    const now = Date.now();
    await harness.deliver(
      productEvent('product.created', { productId, sellerId: SELLER, updatedAt: new Date(now) }),
    );
    await harness.deliver(
      productEvent('product.updated', {
        productId,
        sellerId: SELLER,
        status: 'DRAFT',
        updatedAt: new Date(now + 1000),
      }),
    );
    // Arrives late: older than the draft snapshot already held.
    await harness.deliver(
      productEvent('product.updated', {
        productId,
        sellerId: SELLER,
        status: 'ACTIVE',
        updatedAt: new Date(now + 500),
      }),
    );
    const { rows } = await harness.db.query(`SELECT status FROM products WHERE product_id = $1`, [productId]);
    expect(rows[0].status).toBe('DRAFT');
    expect(errorCodes(await person().client.createReview({ productId, rating: 4 }))).toEqual(['NOT_FOUND']);
  });

  it('asks catalog about a product no event brought yet, and keeps the answer for the next review', async () => {
    const { id: productId } = harness.catalog.put({ sellerId: SELLER });
    const lookups = harness.catalog.requests;
    expect((await person().client.createReview({ productId, rating: 5 })).errors).toBeUndefined();
    expect((await person().client.createReview({ productId, rating: 4 })).errors).toBeUndefined();
    expect(harness.catalog.requests).toBe(lookups + 1);
    expect(await ratingOf(productId)).toMatchObject({ average: 4.5, count: 2 });
  });

  it('learns the seller from catalog too: a seller cannot review its product before the event arrives', async () => {
    const seller = person('SELLER');
    const { id: productId } = harness.catalog.put({ sellerId: seller.id });
    expect(errorCodes(await seller.client.createReview({ productId, rating: 5 }))).toEqual(['FORBIDDEN']);
  });

  it('answers SERVICE_UNAVAILABLE when it must ask catalog and catalog is down, and writes nothing', async () => {
    const { id: productId } = harness.catalog.put({ sellerId: SELLER });
    harness.catalog.failWithStatus = 503;
    try {
      const before = await state();
      const response = await person().client.createReview({ productId, rating: 5 });
      expect(errorCodes(response)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(await state()).toEqual(before);
    } finally {
      harness.catalog.failWithStatus = null;
    }
  });
});

describe('updateReview', () => {
  it('lets the author change the rating (the product rating follows) and the comment', async () => {
    const productId = await product();
    const author = person();
    const created = (await author.client.createReview({ productId, rating: 2, comment: 'Leaks' })).data!
      .createReview;
    await new Promise((resolve) => setTimeout(resolve, 5));

    const rated = await author.client.updateReview({ id: created.id, rating: 5 });
    expect(rated.errors).toBeUndefined();
    expect(rated.data!.updateReview).toMatchObject({
      rating: 5,
      comment: 'Leaks',
      createdAt: created.createdAt,
    });
    expect(rated.data!.updateReview.updatedAt > created.updatedAt).toBe(true);
    expect(await ratingOf(productId)).toEqual({ average: 5, count: 1, distribution: [0, 0, 0, 0, 1] });

    const commented = await author.client.updateReview({ id: created.id, comment: 'Fixed by the seller' });
    expect(commented.data!.updateReview).toMatchObject({ rating: 5, comment: 'Fixed by the seller' });
    const cleared = await author.client.updateReview({ id: created.id, comment: null });
    expect(cleared.data!.updateReview).toMatchObject({ rating: 5, comment: null });
  });

  it('refuses anyone but the author (FORBIDDEN, admins included), an unknown review (NOT_FOUND) and an empty change', async () => {
    const productId = await product();
    const created = (await person().client.createReview({ productId, rating: 3 })).data!.createReview;
    const before = await state();
    expect(errorCodes(await person().client.updateReview({ id: created.id, rating: 1 }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await person('ADMIN').client.updateReview({ id: created.id, rating: 1 }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await anonymous().updateReview({ id: created.id, rating: 1 }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(errorCodes(await person().client.updateReview({ id: randomUUID(), rating: 1 }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await person().client.updateReview({ id: created.id }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await person().client.updateReview({ id: created.id, rating: 9 }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await state()).toEqual(before);
  });
});

describe('deleteReview', () => {
  it('lets the author delete its review: the product rating drops it, and the author may review again', async () => {
    const productId = await product();
    const author = person();
    await person().client.createReview({ productId, rating: 2 });
    const mine = (await author.client.createReview({ productId, rating: 5 })).data!.createReview;
    expect((await author.client.deleteReview(mine.id)).data).toEqual({ deleteReview: true });
    expect(await ratingOf(productId)).toEqual({ average: 2, count: 1, distribution: [0, 1, 0, 0, 0] });
    expect((await author.client.review(mine.id)).data!.review).toBeNull();
    expect((await author.client.createReview({ productId, rating: 4 })).errors).toBeUndefined();
  });

  it('refuses other buyers (FORBIDDEN) and an admin without a reason (BAD_USER_INPUT), writing nothing', async () => {
    const productId = await product();
    const created = (await person().client.createReview({ productId, rating: 1 })).data!.createReview;
    const before = await state();
    expect(errorCodes(await person().client.deleteReview(created.id, 'I disagree'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await person('ADMIN').client.deleteReview(created.id))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await anonymous().deleteReview(created.id))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await person().client.deleteReview(randomUUID()))).toEqual(['NOT_FOUND']);
    expect(await state()).toEqual(before);
  });

  it('lets an admin delete any review with a reason, kept with the review as it was in the moderation log', async () => {
    const productId = await product();
    const author = person();
    const admin = person('ADMIN');
    const created = (
      await author.client.createReview({ productId, rating: 1, comment: 'Buy elsewhere: spam.link' })
    ).data!.createReview;
    const response = await admin.client.deleteReview(created.id, 'Advertising');
    expect(response.data).toEqual({ deleteReview: true });
    expect(await ratingOf(productId)).toEqual({ average: null, count: 0, distribution: [0, 0, 0, 0, 0] });
    const { rows } = await harness.db.query(`SELECT * FROM moderation_actions WHERE review_id = $1`, [
      created.id,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'DELETE', reason: 'Advertising', moderator_id: admin.id });
    expect(rows[0].review_snapshot).toMatchObject({
      authorId: author.id,
      productId,
      rating: 1,
      comment: 'Buy elsewhere: spam.link',
    });
  });
});

describe('reading reviews', () => {
  it("pages a product's reviews newest first, with totalCount and cursors", async () => {
    const productId = await product();
    const ids: string[] = [];
    for (const rating of [1, 2, 3, 4, 5]) {
      ids.push((await person().client.createReview({ productId, rating })).data!.createReview.id);
    }
    const first = await anonymous().reviews({ productId, first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data!.reviews.totalCount).toBe(5);
    expect(first.data!.reviews.edges.map((e) => e.node.id)).toEqual([ids[4], ids[3]]);
    expect(first.data!.reviews.pageInfo.hasNextPage).toBe(true);

    const rest = await anonymous().reviews({
      productId,
      first: 10,
      after: first.data!.reviews.pageInfo.endCursor,
    });
    expect(rest.data!.reviews.edges.map((e) => e.node.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(rest.data!.reviews.pageInfo).toEqual({
      hasNextPage: false,
      endCursor: rest.data!.reviews.edges[2].cursor,
    });
  });

  it('sorts by helpful votes with MOST_HELPFUL, and refuses a cursor of the other order', async () => {
    const productId = await product();
    const reviews = [];
    for (const rating of [3, 4, 5])
      reviews.push((await person().client.createReview({ productId, rating })).data!.createReview);
    // Two votes for the oldest, one for the middle one.
    await person().client.markHelpful(reviews[0].id);
    await person().client.markHelpful(reviews[0].id);
    await person().client.markHelpful(reviews[1].id);
    const helpful = await anonymous().reviews({ productId, orderBy: 'MOST_HELPFUL', first: 2 });
    expect(helpful.data!.reviews.edges.map((e) => [e.node.id, e.node.helpfulCount])).toEqual([
      [reviews[0].id, 2],
      [reviews[1].id, 1],
    ]);
    const next = await anonymous().reviews({
      productId,
      orderBy: 'MOST_HELPFUL',
      after: helpful.data!.reviews.pageInfo.endCursor,
    });
    expect(next.data!.reviews.edges.map((e) => e.node.id)).toEqual([reviews[2].id]);

    const mixed = await anonymous().reviews({ productId, after: helpful.data!.reviews.pageInfo.endCursor });
    expect(errorCodes(mixed)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await anonymous().reviews({ productId, first: 101 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('lists what a user wrote (User.reviews) and gives an empty rating to a product nobody reviewed', async () => {
    const author = person();
    const [a, b] = [await product(), await product()];
    await author.client.createReview({ productId: a, rating: 5 });
    await author.client.createReview({ productId: b, rating: 3 });
    const response = await anonymous().users(
      [author.id],
      'reviews(first: 10) { totalCount edges { node { rating product { id } } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities[0]).toEqual({
      id: author.id,
      reviews: {
        totalCount: 2,
        edges: [{ node: { rating: 3, product: { id: b } } }, { node: { rating: 5, product: { id: a } } }],
      },
    });
    expect(await ratingOf(await product())).toEqual({
      average: null,
      count: 0,
      distribution: [0, 0, 0, 0, 0],
    });
  });
});

describe('caching hints', () => {
  it('lets the gateway reuse anonymous reads of ratings and reviews for 1 s, never the moderation queue', async () => {
    const productId = await product();
    const ratings = await anonymous().products([productId]);
    expect(ratings.headers['cache-control']).toBe('max-age=1, public');
    const reviews = await anonymous().reviews({ productId });
    expect(reviews.headers['cache-control']).toBe('max-age=1, public');
    const queue = await person('ADMIN').client.reportedReviews();
    expect(queue.errors).toBeUndefined();
    expect(queue.headers['cache-control']).not.toMatch(/public|max-age=[1-9]/);
  });
});

describe('helpful votes', () => {
  it('counts one vote per reader: a second vote changes nothing', async () => {
    const productId = await product();
    const created = (await person().client.createReview({ productId, rating: 4 })).data!.createReview;
    const reader = person();
    expect((await reader.client.markHelpful(created.id)).data!.markReviewHelpful.helpfulCount).toBe(1);
    const before = await state();
    const again = await reader.client.markHelpful(created.id);
    expect(again.errors).toBeUndefined();
    expect(again.data!.markReviewHelpful.helpfulCount).toBe(1);
    expect(await state()).toEqual(before);
    const [x, y] = await Promise.all([
      person().client.markHelpful(created.id),
      person().client.markHelpful(created.id),
    ]);
    expect([x.errors, y.errors]).toEqual([undefined, undefined]);
    expect((await anonymous().review(created.id)).data!.review!.helpfulCount).toBe(3);
  });

  it('refuses the author (FORBIDDEN), anonymous callers and unknown reviews, writing nothing', async () => {
    const author = person();
    const created = (await author.client.createReview({ productId: await product(), rating: 4 })).data!
      .createReview;
    const before = await state();
    expect(errorCodes(await author.client.markHelpful(created.id))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await anonymous().markHelpful(created.id))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await person().client.markHelpful(randomUUID()))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await person().client.markHelpful('nope'))).toEqual(['BAD_USER_INPUT']);
    expect(await state()).toEqual(before);
  });
});

describe('reports and moderation', () => {
  it('queues a reported review for admins, each reader counted once, oldest report first', async () => {
    const admin = person('ADMIN');
    const productId = await product();
    const older = (await person().client.createReview({ productId, rating: 1, comment: 'spam' })).data!
      .createReview;
    const newer = (await person().client.createReview({ productId, rating: 1, comment: 'rude' })).data!
      .createReview;
    const reader = person();
    expect((await reader.client.report(older.id, 'Advertising')).data).toEqual({ reportReview: true });
    expect((await reader.client.report(older.id, 'Advertising, again')).data).toEqual({ reportReview: true });
    await person().client.report(newer.id, 'Insults');
    await person().client.report(older.id, 'Spam link');

    const queue = await admin.client.reportedReviews(10);
    expect(queue.errors).toBeUndefined();
    const mine = queue
      .data!.reportedReviews.edges.map((e) => e.node)
      .filter((n) => [older.id, newer.id].includes(n.review.id));
    expect(mine.map((n) => [n.review.id, n.openReports, n.reports.map((r) => r.reason)])).toEqual([
      [older.id, 2, ['Advertising', 'Spam link']],
      [newer.id, 1, ['Insults']],
    ]);
    expect(mine[0].reports[0].reporter).toEqual({ id: reader.id });
  });

  it('shows the queue to ADMIN only, and refuses bad reports, writing nothing', async () => {
    const author = person();
    const created = (await author.client.createReview({ productId: await product(), rating: 2 })).data!
      .createReview;
    const before = await state();
    expect(errorCodes(await person().client.reportedReviews())).toEqual(['FORBIDDEN']);
    expect(errorCodes(await anonymous().reportedReviews())).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await anonymous().report(created.id, 'spam'))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await person().client.report(created.id, '   '))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await person().client.report(created.id, 'x'.repeat(1001)))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await author.client.report(created.id, 'mine'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await person().client.report(randomUUID(), 'spam'))).toEqual(['NOT_FOUND']);
    expect(await state()).toEqual(before);
  });

  it('lets an admin dismiss the reports: the review stays, leaves the queue, and the reason is logged', async () => {
    const admin = person('ADMIN');
    const created = (await person().client.createReview({ productId: await product(), rating: 5 })).data!
      .createReview;
    await person().client.report(created.id, 'Looks fake');
    expect(errorCodes(await person().client.dismissReports(created.id, 'Genuine'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await admin.client.dismissReports(created.id, ''))).toEqual(['BAD_USER_INPUT']);

    const dismissed = await admin.client.dismissReports(created.id, 'Genuine buyer');
    expect(dismissed.errors).toBeUndefined();
    expect(dismissed.data!.dismissReviewReports.id).toBe(created.id);
    const queue = await admin.client.reportedReviews(100);
    expect(queue.data!.reportedReviews.edges.map((e) => e.node.review.id)).not.toContain(created.id);
    expect(errorCodes(await admin.client.dismissReports(created.id, 'Again'))).toEqual(['CONFLICT']);
    const { rows } = await harness.db.query(
      `SELECT action, reason FROM moderation_actions WHERE review_id = $1`,
      [created.id],
    );
    expect(rows).toEqual([{ action: 'DISMISS_REPORTS', reason: 'Genuine buyer' }]);
  });
});
