import { randomUUID } from 'node:crypto';
import { createEvent, OutboxWriter } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { eventually } from '@commerce/testing';
import { Client } from 'pg';
import { OrderFixture } from '../testing/event-fixtures';
import { deliverNewProduct, useReviewsHarness } from '../testing/reviews.fixture';
import { reviewsClient } from '../testing/reviews-operations';
import { OrderEventsConsumer } from './order-events.consumer';
import { PurchaseVerification } from './purchase-verification';

// Engines: PostgreSQL. verifiedPurchase follows orders' events: paid -> delivered marks it (also on a
// review written before), refunded removes it; the product's verified total and review.updated follow.
const harness = useReviewsHarness();
const SELLER = randomUUID();
const product = () => deliverNewProduct(harness, SELLER);

function buyer() {
  const user = harness.identity.user();
  return { ...user, client: reviewsClient(harness.url, user.token) };
}

async function verified(reviewId: string): Promise<boolean> {
  const response = await reviewsClient(harness.url).review(reviewId);
  return response.data!.review!.verifiedPurchase;
}

async function verifiedCount(productId: string): Promise<number> {
  const { rows } = await harness.db.query(
    `SELECT verified_count FROM rating_aggregates WHERE subject_kind = 'PRODUCT' AND subject_id = $1`,
    [productId],
  );
  return rows[0]?.verified_count ?? 0;
}

async function updatedEvents(reviewId: string) {
  const { rows } = await harness.db.query(
    `SELECT envelope FROM outbox WHERE type = 'review.updated' AND envelope->'data'->>'reviewId' = $1 ORDER BY seq`,
    [reviewId],
  );
  return rows.map((row) => row.envelope.data);
}

describe('verified purchases', () => {
  it('verifies a review written after delivery, not one written after payment only', async () => {
    const [delivered, paidOnly] = [await product(), await product()];
    const alice = buyer();
    const first = new OrderFixture(alice.id, [{ productId: delivered, sellerId: SELLER }]);
    const second = new OrderFixture(alice.id, [{ productId: paidOnly, sellerId: SELLER }]);
    await harness.deliver(first.paid(), second.paid());
    await harness.deliver(first.delivered());

    const ok = await alice.client.createReview({ productId: delivered, rating: 5 });
    expect(ok.data!.createReview.verifiedPurchase).toBe(true);
    const notYet = await alice.client.createReview({ productId: paidOnly, rating: 4 });
    expect(notYet.data!.createReview.verifiedPurchase).toBe(false);
    expect(await verifiedCount(delivered)).toBe(1);
    expect(await verifiedCount(paidOnly)).toBe(0);
    // The created event says so too.
    const { rows } = await harness.db.query(
      `SELECT envelope->'data'->>'verifiedPurchase' AS verified FROM outbox
       WHERE type = 'review.created' AND envelope->'data'->>'reviewId' = $1`,
      [ok.data!.createReview.id],
    );
    expect(rows).toEqual([{ verified: 'true' }]);
  });

  it('paid -> delivered -> verified for a review written before delivery; refunded removes the mark', async () => {
    const productId = await product();
    const bob = buyer();
    const order = new OrderFixture(bob.id, [
      { productId, sellerId: SELLER },
      { productId: await product(), sellerId: randomUUID() },
    ]);
    await harness.deliver(order.paid());
    const review = (await bob.client.createReview({ productId, rating: 4, comment: 'Arrived? not yet' }))
      .data!.createReview;
    expect(review.verifiedPurchase).toBe(false);

    await harness.deliver(order.delivered());
    expect(await verified(review.id)).toBe(true);
    expect(await verifiedCount(productId)).toBe(1);

    await harness.deliver(order.refunded());
    expect(await verified(review.id)).toBe(false);
    expect(await verifiedCount(productId)).toBe(0);

    const events = await updatedEvents(review.id);
    expect(events.map((e) => [e.verifiedPurchase, e.rating])).toEqual([
      [true, 4],
      [false, 4],
    ]);
    expect(events[1].productRating.version).toBeGreaterThan(events[0].productRating.version);
  });

  it('keeps the mark after a refund when another delivered order of the buyer has the product', async () => {
    const productId = await product();
    const carol = buyer();
    const kept = new OrderFixture(carol.id, [{ productId, sellerId: SELLER }]);
    const returned = new OrderFixture(carol.id, [{ productId, sellerId: SELLER }]);
    await harness.deliver(kept.paid(), returned.paid());
    await harness.deliver(kept.delivered(), returned.delivered());
    const review = (await carol.client.createReview({ productId, rating: 5 })).data!.createReview;
    expect(review.verifiedPurchase).toBe(true);
    await harness.deliver(returned.refunded());
    expect(await verified(review.id)).toBe(true);
  });

  it('verifies only the buyer of the order, only for the products of the order', async () => {
    const [bought, other] = [await product(), await product()];
    const dave = buyer();
    const erin = buyer();
    const order = new OrderFixture(dave.id, [{ productId: bought, sellerId: SELLER }]);
    const reviews = [
      (await dave.client.createReview({ productId: other, rating: 3 })).data!.createReview,
      (await erin.client.createReview({ productId: bought, rating: 3 })).data!.createReview,
    ];
    await harness.deliver(order.paid(), order.delivered());
    expect(await Promise.all(reviews.map((r) => verified(r.id)))).toEqual([false, false]);
  });

  it('copes with events out of order and twice: a delivery before its payment, a duplicate, a late delivery after the refund', async () => {
    const productId = await product();
    const frank = buyer();
    const review = (await frank.client.createReview({ productId, rating: 2 })).data!.createReview;
    const order = new OrderFixture(frank.id, [{ productId, sellerId: SELLER }]);
    const delivered = order.delivered();
    await harness.deliver(delivered); // its order.paid is late
    expect(await verified(review.id)).toBe(false); // the products are not known yet
    await harness.deliver(order.paid());
    expect(await verified(review.id)).toBe(true);

    await harness.bus.publish([delivered]); // redelivered: the inbox skips it
    const refunded = order.refunded();
    await harness.deliver(refunded);
    expect(await verified(review.id)).toBe(false);
    // A second delivery event after the refund cannot bring the mark back: statuses only move forward.
    await harness.deliver(order.delivered());
    expect(await verified(review.id)).toBe(false);
    expect(await verifiedCount(productId)).toBe(0);
    expect((await updatedEvents(review.id)).map((e) => e.verifiedPurchase)).toEqual([true, false]);
  });

  it('never misses the mark when a review is written while its order is being delivered', async () => {
    const productId = await product();
    await buyer().client.createReview({ productId, rating: 3 }); // the product's totals row exists
    const grace = buyer();
    const order = new OrderFixture(grace.id, [{ productId, sellerId: SELLER }]);
    await harness.deliver(order.paid());

    // Hold the product's totals row: the review is inserted (unverified: not delivered yet) and its
    // transaction waits here, uncommitted, while the delivery is processed.
    const blocker = new Client({ connectionString: harness.database.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM rating_aggregates WHERE subject_id = $1 FOR UPDATE`, [productId]);
      const writing = grace.client.createReview({ productId, rating: 5 });
      await waitersOn(blocker, 1);
      const delivered = order.delivered();
      await harness.bus.publish([delivered]);
      // The delivery either completes now (and would not see the uncommitted review) or waits for it.
      await eventually('the delivery to finish or wait for the review', async () =>
        (await processed(delivered.id)) || (await lockWaiters(blocker)) >= 2 ? true : undefined,
      );
      await blocker.query('COMMIT');
      const review = (await writing).data!.createReview;
      await eventually('the delivery to be processed', async () =>
        (await processed(delivered.id)) ? true : undefined,
      );
      expect(await verified(review.id)).toBe(true);
      expect(await verifiedCount(productId)).toBe(1);
    } finally {
      await blocker.end();
    }
  });

  it('refuses a malformed order event (so the bus retries, then parks it) without changing anything', async () => {
    const consumer = new OrderEventsConsumer(
      harness.service.dataSource,
      new PurchaseVerification(new OutboxWriter('reviews')),
      () => undefined,
      createLogger({ service: 'reviews', level: 'silent' }),
    );
    const bad = createEvent('orders', 'order.delivered', { orderId: 'not-a-uuid', buyerId: randomUUID() });
    const before = await harness.db.query(
      `SELECT (SELECT count(*) FROM inbox) AS inbox, (SELECT count(*) FROM purchases) AS purchases`,
    );
    await expect(consumer.handle(bad)).rejects.toThrow(/orderId/);
    const after = await harness.db.query(
      `SELECT (SELECT count(*) FROM inbox) AS inbox, (SELECT count(*) FROM purchases) AS purchases`,
    );
    expect(after.rows).toEqual(before.rows);
  });
});

/** Sessions of the test database waiting for a lock. */
async function lockWaiters(client: Client): Promise<number> {
  const { rows } = await client.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  return rows[0].n;
}

function waitersOn(client: Client, count: number): Promise<true> {
  return eventually(`${count} session(s) waiting for a lock`, async () =>
    (await lockWaiters(client)) >= count ? true : undefined,
  );
}

async function processed(eventId: string): Promise<boolean> {
  const { rows } = await harness.db.query(`SELECT 1 FROM inbox WHERE event_id = $1`, [eventId]);
  return rows.length > 0;
}
