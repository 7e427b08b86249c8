import {
  InventoryChanged,
  ProductCreated,
  ProductDeleted,
  ProductUpdated,
  ReviewCreated,
  ReviewDeleted,
  ReviewUpdated,
} from '@commerce/contracts';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { eventually, graphql } from '@commerce/testing';
import type { SearchEngineKind } from '../config';
import { catalogSnapshot } from '../testing/catalog-snapshots';
import { startSearchHarness, SearchHarness } from '../testing/search-harness';
import { INDEXER_CONSUMER } from './search-indexer';

const SEARCH = `query($query: String, $filter: SearchFilter, $sort: SearchSort) {
  search(query: $query, filter: $filter, sort: $sort) { totalCount edges { node { id } } }
}`;

/** A word no other product contains, so each test finds only its own products. */
const uniqueWord = () => `zq${randomBytes(4).toString('hex')}`;

describe.each<SearchEngineKind>(['postgres', 'opensearch'])('search indexer on %s', (engine) => {
  let harness: SearchHarness;
  let db: Client;

  beforeAll(async () => {
    harness = await startSearchHarness(engine);
    db = new Client({ connectionString: harness.database.url });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await harness.stop();
  });

  async function found(query: string, filter?: Record<string, unknown>, sort?: string): Promise<string[]> {
    const response = await graphql<{ search: { edges: Array<{ node: { id: string } }> } }, unknown>(
      harness.url,
      SEARCH,
      { query, filter, sort },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.search.edges.map((e) => e.node.id);
  }

  /** Waits until the search for `query` returns `ids`; returns how long that took. */
  async function until(query: string, ids: string[], filter?: Record<string, unknown>): Promise<number> {
    const started = Date.now();
    await eventually(
      `${query} to find ${ids.join(',') || 'nothing'}`,
      async () => ((await found(query, filter)).sort().join() === [...ids].sort().join() ? true : undefined),
      { timeoutMs: 10_000, intervalMs: 20 },
    );
    return Date.now() - started;
  }

  it('makes a published product findable within 2 seconds', async () => {
    const word = uniqueWord();
    const product = catalogSnapshot({ name: `Kettle ${word}` });
    const started = Date.now();
    await harness.publish(ProductCreated.type, product);
    await until(word, [product.productId]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('processes a redelivered event once, through the inbox', async () => {
    const word = uniqueWord();
    const event = await harness.publish(ProductCreated.type, catalogSnapshot({ name: `Lamp ${word}` }));
    await until(word, [(event.data as { productId: string }).productId]);
    await harness.bus.publish([event]);
    expect(await harness.service.services.indexer.handle(event)).toBe(false);
    const rows = await db.query(
      'SELECT count(*)::int AS n FROM inbox WHERE consumer = $1 AND event_id = $2',
      [INDEXER_CONSUMER, event.id],
    );
    expect(rows.rows[0].n).toBe(1);
    expect(await found(word)).toHaveLength(1);
  });

  it('follows stock from inventory.changed', async () => {
    const word = uniqueWord();
    const product = catalogSnapshot({ name: `Blender ${word}`, stockAvailable: 3 });
    await harness.publish(ProductCreated.type, product);
    await until(word, [product.productId], { inStock: true });
    await harness.publish(InventoryChanged.type, {
      productId: product.productId,
      stockAvailable: 0,
      delta: -3,
      reason: 'order',
    });
    await until(word, [], { inStock: true });
    expect(await found(word)).toEqual([product.productId]);
  });

  it('skips stock changes that keep a product in stock (no write, no inbox row), applies those crossing zero', async () => {
    const word = uniqueWord();
    const product = catalogSnapshot({ name: `Toaster ${word}`, stockAvailable: 2 });
    await harness.publish(ProductCreated.type, product);
    await until(word, [product.productId], { inStock: true });
    const sale = await harness.publish(InventoryChanged.type, {
      productId: product.productId,
      stockAvailable: 1,
      delta: -1,
      reason: 'reservation',
    });
    expect(await harness.service.services.indexer.handle(sale)).toBe(false);
    const inbox = await db.query('SELECT count(*)::int AS n FROM inbox WHERE event_id = $1', [sale.id]);
    expect(inbox.rows[0].n).toBe(0);

    await harness.publish(InventoryChanged.type, {
      productId: product.productId,
      stockAvailable: 0,
      delta: -1,
      reason: 'reservation',
    });
    await until(word, [], { inStock: true });
  });

  it('never lets an older update overwrite a newer one, and removes deleted products', async () => {
    const word = uniqueWord();
    const created = catalogSnapshot({ name: `Speaker ${word}`, updatedAt: '2026-02-01T00:00:00.000Z' });
    const newer = { ...created, name: `Speaker ${word} Mark II`, updatedAt: '2026-02-03T00:00:00.000Z' };
    const older = { ...created, name: `Speaker ${word} Prototype`, updatedAt: '2026-02-02T00:00:00.000Z' };
    await harness.publish(ProductCreated.type, created);
    await harness.publish(ProductUpdated.type, newer);
    await until(`${word} mark`, [created.productId]);
    await harness.publish(ProductUpdated.type, older);
    // The older event is processed (inbox row) but changes nothing.
    const event = await harness.publish(ProductUpdated.type, older);
    await eventually('the older update to be processed', async () => {
      const rows = await db.query('SELECT 1 FROM inbox WHERE event_id = $1', [event.id]);
      return rows.rowCount === 1 ? true : undefined;
    });
    await harness.service.stores.engine.refresh();
    expect(await found(`${word} prototype`)).toEqual([]);
    expect(await found(`${word} mark`)).toEqual([created.productId]);

    await harness.publish(ProductDeleted.type, { productId: created.productId });
    await until(word, []);
  });

  it('follows the ratings reviews publish: minRating and the RATING sort, a rating before its product', async () => {
    const word = uniqueWord();
    const [top, low, unrated] = ['Top', 'Low', 'Unrated'].map((n) =>
      catalogSnapshot({ name: `Grill ${word} ${n}` }),
    );
    const review = (productId: string, average: number, count: number, version: number) => ({
      reviewId: randomBytes(8).toString('hex'),
      productId,
      authorId: randomBytes(8).toString('hex'),
      rating: Math.round(average),
      verifiedPurchase: false,
      productRating: { average, count, version },
    });
    // Reviews may be faster than catalog: this rating is published before the product exists here.
    await harness.publish(ReviewCreated.type, review(top.productId, 4.7, 3, 3));
    for (const product of [top, low, unrated]) await harness.publish(ProductCreated.type, product);
    await harness.publish(ReviewCreated.type, review(low.productId, 2.5, 2, 2));
    await until(word, [top.productId, low.productId], { minRating: 1 });
    expect(await found(word, { minRating: 4 })).toEqual([top.productId]);
    expect(await found(word, undefined, 'RATING')).toEqual([top.productId, low.productId, unrated.productId]);
    // An older aggregate delivered late changes nothing.
    await harness.publish(ReviewUpdated.type, review(top.productId, 1, 1, 1));
    const late = await harness.publish(ReviewDeleted.type, review(top.productId, 1.5, 2, 2));
    await eventually('the late review events to be processed', async () => {
      const rows = await db.query('SELECT 1 FROM inbox WHERE event_id = $1', [late.id]);
      return rows.rowCount === 1 ? true : undefined;
    });
    await harness.service.stores.engine.refresh();
    expect(await found(word, { minRating: 4 })).toEqual([top.productId]);
  });

  it('refuses a malformed payload (the bus retries it, then dead-letters it) and records nothing', async () => {
    const bad = {
      id: '6f1e1f7e-8f55-4d55-9d3c-000000000001',
      type: ProductCreated.type,
      version: 1,
      occurredAt: new Date().toISOString(),
      source: 'catalog',
      data: { productId: 'x' },
    };
    await expect(harness.service.services.indexer.handle(bad)).rejects.toThrow();
    const rows = await db.query('SELECT 1 FROM inbox WHERE event_id = $1', [bad.id]);
    expect(rows.rowCount).toBe(0);
  });

  it('ignores event versions it does not know', async () => {
    const product = catalogSnapshot();
    const event = {
      id: '6f1e1f7e-8f55-4d55-9d3c-000000000002',
      type: ProductCreated.type,
      version: 2,
      occurredAt: new Date().toISOString(),
      source: 'catalog',
      data: product,
    };
    expect(await harness.service.services.indexer.handle(event)).toBe(false);
  });
});
