import {
  ProductCreated,
  ProductUpdated,
  ReviewCreated,
  ReviewDeleted,
  ReviewUpdated,
  type ProductSnapshot,
} from '@commerce/contracts';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openDatabase } from '@commerce/database';
import {
  addToOutbox,
  createEvent,
  CreateOutboxAndInbox1700000000000,
  EventEnvelope,
  OutboxRelay,
  RabbitMqEventBus,
  StopConsuming,
} from '@commerce/events';
import { createLogger } from '@commerce/logging';
import {
  createTestDatabase,
  createTestVhost,
  eventually,
  type TestDatabase,
  type TestVhost,
} from '@commerce/testing';
import type { SearchEngineKind } from '../config';
import { SEARCH_MIGRATIONS } from '../database';
import { OpenSearchEngine } from '../engine/opensearch/opensearch-engine';
import { deleteIndices, randomAlias, TEST_OPENSEARCH_URL } from '../engine/opensearch/opensearch-test-index';
import { PostgresSearchEngine } from '../engine/postgres/postgres-engine';
import type { SearchEngine, SearchFilter } from '../engine/search-engine';
import { findRatings } from '../ratings/product-ratings';
import { catalogSnapshot } from '../testing/catalog-snapshots';
import { INDEXER_CONSUMER, SearchIndexer } from './search-indexer';

// Engines: RabbitMQ (a vhost of this file's own: the indexer's queue name is fixed), PostgreSQL (a
// catalog-side outbox database and the search database) and, for `opensearch`, the OpenSearch node.
// Events take the real path: outbox row -> relay (publisher confirms) -> search-indexer queue ->
// batches -> engine.
const logger = createLogger({ service: 'search-indexer-test', level: 'silent' });

/** A word no other product contains, so each test finds only its own products. */
const uniqueWord = () => `zq${randomBytes(4).toString('hex')}`;

describe.each<SearchEngineKind>(['postgres', 'opensearch'])('search indexer over RabbitMQ on %s', (kind) => {
  let vhost: TestVhost;
  let searchDb: TestDatabase;
  let catalogDb: TestDatabase;
  let searchData: DataSource;
  let catalogData: DataSource;
  let engine: SearchEngine;
  let alias: string;
  let consumerBus: RabbitMqEventBus;
  let publisherBus: RabbitMqEventBus;
  let relay: OutboxRelay;
  let stopIndexer: StopConsuming;
  let applyCalls: jest.SpiedFunction<SearchEngine['applyChanges']>;

  beforeAll(async () => {
    vhost = await createTestVhost('search-indexer');
    [searchDb, catalogDb] = await Promise.all([
      createTestDatabase('search_rmq'),
      createTestDatabase('catalog_rmq'),
    ]);
    searchData = await openDatabase({
      url: searchDb.url,
      poolSize: 5,
      entities: [],
      migrations: SEARCH_MIGRATIONS,
    });
    catalogData = await openDatabase({
      url: catalogDb.url,
      poolSize: 5,
      entities: [],
      migrations: [CreateOutboxAndInbox1700000000000],
    });
    alias = randomAlias('indexer');
    engine =
      kind === 'postgres'
        ? new PostgresSearchEngine(searchData, logger)
        : new OpenSearchEngine({ node: TEST_OPENSEARCH_URL, alias, replicas: 0, logger });
    await engine.init();
    applyCalls = jest.spyOn(engine, 'applyChanges');

    consumerBus = await connectedBus(vhost.url);
    publisherBus = await connectedBus(vhost.url);
    // Short retries, so a poison event reaches the dead-letter queue within the test.
    const indexer = new SearchIndexer(searchData, engine, logger, {
      maxAttempts: 2,
      retryDelaysMs: [100],
    });
    stopIndexer = await consumerBus.consume(indexer.subscription());
    relay = new OutboxRelay(catalogData, publisherBus, logger, { pollIntervalMs: 50 });
    relay.start();
  }, 60_000);

  afterAll(async () => {
    await stopIndexer?.();
    await relay?.stop();
    await Promise.all([consumerBus?.close(), publisherBus?.close()]);
    await engine?.close();
    await Promise.all([searchData?.destroy(), catalogData?.destroy()]);
    await Promise.all([searchDb?.drop(), catalogDb?.drop(), vhost?.drop()]);
    if (kind === 'opensearch') await deleteIndices(alias);
  }, 60_000);

  /** Writes the events to the outbox in one transaction, as a service does, and wakes the relay. */
  async function emit(events: EventEnvelope[]): Promise<void> {
    await catalogData.transaction((manager) => addToOutbox(manager, events));
    relay.kick();
  }

  const productEvent = (type: string, snapshot: ProductSnapshot) => createEvent('catalog', type, snapshot);
  const reviewEvent = (
    productId: string,
    productRating: { average: number | null; count: number; version: number },
    type: string = ReviewCreated.type,
  ) =>
    createEvent('reviews', type, {
      reviewId: randomBytes(8).toString('hex'),
      productId,
      authorId: randomBytes(8).toString('hex'),
      rating: 5,
      verifiedPurchase: true,
      productRating,
    });

  async function found(text: string, filter: SearchFilter = {}): Promise<string[]> {
    const page = await engine.search({
      text,
      filter,
      sort: 'RATING',
      first: 100,
      after: null,
      withFacets: false,
    });
    return page.hits.map((hit) => hit.productId);
  }

  /** Waits until the search for `text` (with `filter`) returns `ids`, in that order. */
  async function until(text: string, ids: string[], filter: SearchFilter = {}): Promise<void> {
    await eventually(
      `${text} ${JSON.stringify(filter)} to find ${ids.join(',') || 'nothing'}`,
      async () => ((await found(text, filter)).join() === ids.join() ? true : undefined),
      { timeoutMs: 15_000, intervalMs: 50 },
    );
  }

  it('indexes a burst of product events in batches, not one request per event', async () => {
    const word = uniqueWord();
    const count = 1500;
    const snapshots = Array.from({ length: count }, (_, i) => catalogSnapshot({ name: `Item ${word} ${i}` }));
    applyCalls.mockClear();
    const started = Date.now();
    for (let i = 0; i < count; i += 500) {
      await emit(snapshots.slice(i, i + 500).map((s) => productEvent(ProductCreated.type, s)));
    }
    await eventually(
      'every product to be searchable',
      async () => {
        const page = await engine.search({
          text: word,
          filter: {},
          sort: 'NEWEST',
          first: 1,
          after: null,
          withFacets: false,
        });
        return page.totalCount === count ? true : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    const elapsed = Date.now() - started;
    const requests = applyCalls.mock.calls.length;
    const events = applyCalls.mock.calls.reduce((sum, [changes]) => sum + changes.length, 0);
    process.stdout.write(
      `[${kind}] ${count} product events through outbox and RabbitMQ: searchable in ${elapsed} ms, ` +
        `${requests} engine requests (${Math.round(events / requests)} events each)\n`,
    );
    expect(events).toBe(count);
    expect(requests).toBeLessThanOrEqual(count / 20);
    const [{ n }] = await searchData.query('SELECT count(*)::int AS n FROM inbox WHERE consumer = $1', [
      INDEXER_CONSUMER,
    ]);
    expect(n).toBeGreaterThanOrEqual(count);
  }, 60_000);

  it('keeps the newest version of a product when several arrive in one batch, whatever their order', async () => {
    const word = uniqueWord();
    const created = catalogSnapshot({ name: `Lamp ${word} Original`, updatedAt: '2026-03-01T00:00:00.000Z' });
    const newest = { ...created, name: `Lamp ${word} Newest`, updatedAt: '2026-03-03T00:00:00.000Z' };
    const middle = { ...created, name: `Lamp ${word} Middle`, updatedAt: '2026-03-02T00:00:00.000Z' };
    await emit([
      productEvent(ProductCreated.type, created),
      productEvent(ProductUpdated.type, newest),
      productEvent(ProductUpdated.type, middle),
    ]);
    await until(`${word} newest`, [created.productId]);
    expect(await found(`${word} middle`)).toEqual([]);
    expect(await found(`${word} original`)).toEqual([]);
  }, 30_000);

  it('applies a rating that arrives before the product’s first snapshot once the product does', async () => {
    const word = uniqueWord();
    const product = catalogSnapshot({ name: `Kettle ${word}` });
    await emit([reviewEvent(product.productId, { average: 4.5, count: 2, version: 2 })]);
    await eventually('the rating to be stored', async () => {
      const ratings = await findRatings(searchData.manager, [product.productId]);
      return ratings.has(product.productId) ? true : undefined;
    });
    expect(await found(word)).toEqual([]); // no product yet: nothing to find
    await emit([productEvent(ProductCreated.type, product)]);
    await until(word, [product.productId], { minRating: 4.5 });
  }, 30_000);

  it('never lets an older rating version overwrite a newer one (reviews deliver out of order)', async () => {
    const word = uniqueWord();
    const [rated, other] = [
      catalogSnapshot({ name: `Mixer ${word} A` }),
      catalogSnapshot({ name: `Mixer ${word} B` }),
    ];
    await emit([productEvent(ProductCreated.type, rated), productEvent(ProductCreated.type, other)]);
    await emit([
      reviewEvent(other.productId, { average: 3, count: 1, version: 1 }),
      reviewEvent(rated.productId, { average: 4.8, count: 5, version: 5 }, ReviewUpdated.type),
    ]);
    await until(word, [rated.productId, other.productId], { minRating: 1 });
    // An older aggregate, alone in its batch, then in a batch with a newer one for the same product.
    await emit([reviewEvent(rated.productId, { average: 1, count: 1, version: 1 })]);
    await emit([
      reviewEvent(other.productId, { average: 4.9, count: 3, version: 3 }),
      reviewEvent(other.productId, { average: 2, count: 2, version: 2 }, ReviewDeleted.type),
    ]);
    await until(word, [other.productId, rated.productId], { minRating: 4.8 });
    const stored = await findRatings(searchData.manager, [rated.productId, other.productId]);
    expect(stored.get(rated.productId)).toEqual({ average: 4.8, count: 5, version: 5 });
    expect(stored.get(other.productId)).toEqual({ average: 4.9, count: 3, version: 3 });
    // A product update (a newer snapshot) leaves the rating alone.
    await emit([
      productEvent(ProductUpdated.type, {
        ...rated,
        name: `Mixer ${word} A Renamed`,
        updatedAt: new Date(Date.parse(rated.updatedAt) + 1000).toISOString(),
      }),
    ]);
    await until(`${word} renamed`, [rated.productId], { minRating: 4.8 });
  }, 30_000);

  it('dead-letters a poison event and a refused document with their errors; the rest of their batch is indexed', async () => {
    const word = uniqueWord();
    const good = [catalogSnapshot({ name: `Chair ${word} 1` }), catalogSnapshot({ name: `Chair ${word} 2` })];
    const refused = catalogSnapshot({
      name: `Chair ${word} Refused`,
      price: { amount: 1e30, currency: 'USD' },
    });
    const poison = createEvent('catalog', ProductCreated.type, {
      productId: 'broken',
      name: 'no price',
    });
    const badReview = createEvent('reviews', ReviewCreated.type, { productId: good[0].productId });
    await emit([
      productEvent(ProductCreated.type, good[0]),
      poison,
      productEvent(ProductCreated.type, refused),
      badReview,
      productEvent(ProductCreated.type, good[1]),
    ]);
    await until(word, good.map((g) => g.productId).sort());

    const letters = await eventually(
      'the three bad events to be dead-lettered',
      async () => {
        const parked = await consumerBus.deadLetters(INDEXER_CONSUMER);
        return parked.length >= 3 ? parked : undefined;
      },
      { timeoutMs: 15_000 },
    );
    const byId = new Map(letters.map((letter) => [letter.event.id, letter]));
    expect(byId.get(poison.id)).toMatchObject({
      attempts: 2,
      error: expect.stringMatching(/sellerId|price/),
    });
    expect(byId.get(badReview.id)).toMatchObject({
      attempts: 2,
      error: expect.stringMatching(/productRating/),
    });
    const refusedEvent = letters.find(
      (letter) => (letter.event.data as ProductSnapshot).productId === refused.productId,
    );
    expect(refusedEvent).toMatchObject({ attempts: 2, error: expect.stringMatching(/refused/) });
    // None of them left an inbox row: a replay after a fix is processed, not skipped.
    const rows = await searchData.query('SELECT 1 FROM inbox WHERE event_id = ANY($1::uuid[])', [
      [poison.id, badReview.id, refusedEvent!.event.id],
    ]);
    expect(rows).toEqual([]);
    expect(await found(`${word} refused`)).toEqual([]);
  }, 30_000);

  it('processes a redelivered event once (inbox), even within one batch', async () => {
    const word = uniqueWord();
    const event = productEvent(ProductCreated.type, catalogSnapshot({ name: `Desk ${word}` }));
    await emit([event]);
    // The same event again (an outbox relay that crashed after publishing, before marking it), twice.
    await publisherBus.publish([structuredClone(event), structuredClone(event)]);
    const productId = event.data.productId;
    await until(word, [productId]);
    await eventually('every copy to be consumed', async () => {
      const [{ n }] = await searchData.query('SELECT count(*)::int AS n FROM inbox WHERE event_id = $1', [
        event.id,
      ]);
      return n === 1 ? true : undefined;
    });
    const before = applyCalls.mock.calls.length;
    await publisherBus.publish([structuredClone(event)]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Skipped before any engine write.
    const calls = applyCalls.mock.calls.slice(before);
    expect(calls.every(([changes]) => !changes.some((change) => change.productId === productId))).toBe(true);
  }, 30_000);
});

async function connectedBus(url: string): Promise<RabbitMqEventBus> {
  const bus = new RabbitMqEventBus(url, logger);
  await bus.start();
  await eventually('the bus to connect', async () => (bus.isHealthy() ? true : undefined), {
    timeoutMs: 20_000,
  });
  return bus;
}
