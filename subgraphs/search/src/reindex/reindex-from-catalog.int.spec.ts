import { ReviewCreated, type ProductSnapshot } from '@commerce/contracts';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createLogger } from '@commerce/logging';
import { createEvent } from '@commerce/events';
import { graphql } from '@commerce/testing';
import type { SearchEngineKind } from '../config';
import { catalogSnapshot } from '../testing/catalog-snapshots';
import { FakeCatalog, startFakeCatalog } from '../testing/fake-catalog';
import { startSearchHarness, SearchHarness } from '../testing/search-harness';
import { reindexFromCatalog } from './reindex-from-catalog';

const TOKEN = 'test-service-token-0123456789';
const logger = createLogger({ service: 'search-reindex', level: 'silent' });

const COUNT = `query($query: String) { search(query: $query) { totalCount } }`;
const RATED = `query($query: String) {
  search(query: $query, filter: { minRating: 4 }, sort: RATING) { edges { node { id } } }
}`;

describe.each<SearchEngineKind>(['postgres', 'opensearch'])('reindex from catalog on %s', (engine) => {
  let harness: SearchHarness;
  let catalog: FakeCatalog;
  const word = `zr${randomBytes(3).toString('hex')}`;
  const items = [
    ...Array.from({ length: 2500 }, (_, i) => catalogSnapshot({ name: `Gadget ${word} ${i}` })),
    { productId: 'broken', name: 'no price' }, // not the contract: skipped, not fatal
    catalogSnapshot({ name: `Draft ${word}`, status: 'DRAFT' }),
  ];

  beforeAll(async () => {
    harness = await startSearchHarness(engine, { SERVICE_TOKEN: TOKEN });
    catalog = await startFakeCatalog(items, { serviceToken: TOKEN, failOncePages: [1] });
  });

  afterAll(async () => {
    await catalog.close();
    await harness.stop();
  });

  const total = async (query: string | null) =>
    (await graphql<{ search: { totalCount: number } }, unknown>(harness.url, COUNT, { query })).data!.search
      .totalCount;

  it('loads every page of the export into the running service’s index', async () => {
    const report = await reindexFromCatalog({ ...harness.config, CATALOG_INTERNAL_URL: catalog.url }, logger);
    expect(report).toMatchObject({ indexed: 2501, skipped: 1 });
    expect(report.productsPerSecond).toBeGreaterThan(0);
    process.stdout.write(
      `[${engine}] reindex from catalog (HTTP pages of 1000): ${report.productsPerSecond} products/s\n`,
    );
    // Page 1 failed once with 503 and was retried; the cursor chained the rest.
    expect(catalog.requests).toEqual([
      '/internal/products?limit=1000',
      '/internal/products?limit=1000&after=1000',
      '/internal/products?limit=1000&after=1000',
      '/internal/products?limit=1000&after=2000',
    ]);
    await harness.service.stores.engine.refresh();
    expect(await total(word)).toBe(2500);
  });

  it('keeps the ratings search holds (product_ratings), which catalog’s export does not carry', async () => {
    const rate = (productId: string, average: number, version: number) =>
      harness.service.services.indexer.handle(
        createEvent('reviews', ReviewCreated.type, {
          productId,
          productRating: { average, count: 3, version },
        }),
      );
    const [first, second] = items as ProductSnapshot[];
    expect(await rate(first.productId, 4.9, 2)).toBe(true);
    expect(await rate(second.productId, 4.2, 7)).toBe(true);
    await harness.service.stores.engine.refresh();
    const rated = async () =>
      (
        await graphql<{ search: { edges: Array<{ node: { id: string } }> } }, unknown>(harness.url, RATED, {
          query: word,
        })
      ).data!.search.edges.map((edge) => edge.node.id);
    expect(await rated()).toEqual([first.productId, second.productId]);

    // A rating search holds but its documents lack (say the index was rebuilt from nothing): only
    // the product_ratings table can bring it back, the live index's catch-up cannot.
    const third = items[2] as ProductSnapshot;
    const db = new Client({ connectionString: harness.database.url });
    await db.connect();
    try {
      await db.query(
        `INSERT INTO product_ratings (product_id, average, count, version) VALUES ($1, 4.5, 9, 1)`,
        [third.productId],
      );
    } finally {
      await db.end();
    }
    expect(await rated()).not.toContain(third.productId);

    const report = await reindexFromCatalog({ ...harness.config, CATALOG_INTERNAL_URL: catalog.url }, logger);
    expect(report.indexed).toBe(2501);
    await harness.service.stores.engine.refresh();
    expect(await rated()).toEqual([first.productId, third.productId, second.productId]);
  });

  it('fails without touching the live index when catalog refuses the token', async () => {
    const before = await total(null);
    await expect(
      reindexFromCatalog(
        { ...harness.config, CATALOG_INTERNAL_URL: catalog.url, SERVICE_TOKEN: 'wrong-token-0123456789' },
        logger,
      ),
    ).rejects.toThrow(/401/);
    expect(await total(null)).toBe(before);
  });
});
