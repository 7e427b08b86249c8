import { createEvent, type EventEnvelope } from '@commerce/events';
import { collapseChanges } from '../engine/document-change';
import { catalogSnapshot } from '../testing/catalog-snapshots';
import { indexingStepFor, keepsInStock, planBatch } from './indexing-step';

describe('keepsInStock', () => {
  it.each([
    [998, -1, true], // a sale that leaves stock
    [5, 3, true], // a restock of a product in stock
    [0, -1, false], // the last unit sold
    [2, 2, false], // back in stock
    [0, 0, true], // nothing moved, still out of stock
  ])('stock %i after a change of %i: %s', (stock, delta, expected) => {
    expect(keepsInStock(stock, delta)).toBe(expected);
  });

  it('cannot tell without a delta, so the change is applied', () => {
    expect(keepsInStock(10, undefined)).toBe(false);
  });
});

describe('indexingStepFor', () => {
  const event = (type: string, data: unknown, version = 1): EventEnvelope => ({
    ...createEvent('reviews', type, data),
    version,
  });
  const review = (productRating: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    reviewId: 'r1',
    productId: 'p1',
    authorId: 'u1',
    rating: 5,
    verifiedPurchase: true,
    productRating,
    ...extra,
  });

  it.each(['review.created', 'review.updated', 'review.deleted'])(
    'turns %s into the product aggregate, kept and written with its version',
    (type) => {
      const step = indexingStepFor(event(type, review({ average: 4.25, count: 4, version: 7 })));
      const rating = { average: 4.25, count: 4, version: 7 };
      expect(step).toEqual({
        change: { productId: 'p1', content: null, stock: null, rating },
        rating: { productId: 'p1', rating },
      });
    },
  );

  it('reads only what it needs (tolerant reader): unknown fields and missing review fields are fine', () => {
    const step = indexingStepFor(
      event('review.updated', {
        productId: 'p1',
        productRating: { average: 3.5, count: 2, version: 3, histogram: [0, 0, 1, 1, 0] },
        moderation: 'approved',
      }),
    );
    expect(step?.rating).toEqual({ productId: 'p1', rating: { average: 3.5, count: 2, version: 3 } });
  });

  it('treats an aggregate of no review as unrated, whatever average it carries', () => {
    const step = indexingStepFor(event('review.deleted', review({ average: 0, count: 0, version: 9 })));
    expect(step?.rating?.rating).toEqual({ average: null, count: 0, version: 9 });
  });

  it.each<[string, unknown]>([
    ['no aggregate', { productId: 'p1' }],
    ['an average above 5', review({ average: 7, count: 1, version: 1 })],
    ['a fractional count', review({ average: 4, count: 1.5, version: 1 })],
    ['no version', review({ average: 4, count: 1 })],
    ['a negative version', review({ average: 4, count: 1, version: -1 })],
    ['no product', { productRating: { average: 4, count: 1, version: 1 } }],
  ])('refuses a review event with %s (the bus retries, then dead-letters it)', (_what, data) => {
    expect(() => indexingStepFor(event('review.created', data))).toThrow();
  });

  it('has nothing to do with facts it does not use', () => {
    expect(indexingStepFor(event('review.flagged', review({ average: 4, count: 1, version: 1 })))).toBeNull();
    expect(indexingStepFor(event('product.viewed', { productId: 'p1' }))).toBeNull();
  });

  it('versions a deletion and a stock change by the event time', () => {
    const deleted = event('product.deleted', { productId: 'p1' });
    expect(indexingStepFor(deleted)?.change.content).toEqual({
      version: Date.parse(deleted.occurredAt),
      fields: null,
    });
    const stock = event('inventory.changed', { productId: 'p1', stockAvailable: 0, delta: -2 });
    expect(indexingStepFor(stock)?.change.stock).toEqual({
      available: 0,
      version: Date.parse(stock.occurredAt),
    });
  });
});

describe('planBatch', () => {
  const snapshot = (name: string, updatedAt: string) => catalogSnapshot({ productId: 'p1', name, updatedAt });

  it('fails a poison event alone: the rest of the batch is planned, in order', () => {
    const good = createEvent('catalog', 'product.created', catalogSnapshot({ name: 'Good' }));
    const poison = createEvent('catalog', 'product.created', { productId: 'x', name: 'no price' });
    const review = createEvent('reviews', 'review.created', {
      productId: 'p9',
      productRating: { average: 4, count: 1, version: 1 },
    });
    const plan = planBatch([good, poison, review]);
    expect(plan.planned.map((p) => p.event.id)).toEqual([good.id, review.id]);
    expect([...plan.failures.keys()]).toEqual([poison.id]);
    expect(String(plan.failures.get(poison.id))).toMatch(/sellerId|price/);
  });

  it('skips what it does not index, and events of an unknown envelope version', () => {
    const other = createEvent('catalog', 'product.viewed', { productId: 'p1' });
    const future = { ...createEvent('catalog', 'product.created', catalogSnapshot()), version: 2 };
    const plan = planBatch([other, future]);
    expect(plan.planned).toEqual([]);
    expect(plan.failures.size).toBe(0);
    expect(plan.unknownVersions).toEqual([future]);
  });

  it('plans every event of a product; collapsing them keeps the newest of each part', () => {
    const events = [
      createEvent('catalog', 'product.updated', snapshot('Newest', '2026-03-03T00:00:00.000Z')),
      createEvent('catalog', 'product.created', snapshot('Oldest', '2026-03-01T00:00:00.000Z')),
      createEvent('reviews', 'review.updated', {
        productId: 'p1',
        productRating: { average: 5, count: 2, version: 2 },
      }),
      createEvent('catalog', 'product.updated', snapshot('Middle', '2026-03-02T00:00:00.000Z')),
      createEvent('reviews', 'review.created', {
        productId: 'p1',
        productRating: { average: 3, count: 1, version: 1 },
      }),
    ];
    const plan = planBatch(events);
    expect(plan.planned).toHaveLength(5);
    const [merged] = collapseChanges(plan.planned.map((p) => p.step.change));
    expect(merged.content?.fields?.name).toBe('Newest');
    expect(merged.rating).toEqual({ average: 5, count: 2, version: 2 });
  });
});
