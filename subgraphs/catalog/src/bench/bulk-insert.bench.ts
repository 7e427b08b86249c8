/**
 * Bulk-insert throughput of both store adapters, through the seed path (`importProducts`). Not a test:
 * CI never runs it (it is not a *.spec.ts); run it on purpose with
 *
 *   npx jest --config subgraphs/catalog/jest.bench.config.js
 *
 * BENCH_PRODUCTS (default 100000) products are inserted without events, then a tenth of that with
 * events; each line prints products/s. Needs PostgreSQL and FerretDB from `scripts/services`.
 */
import { randomUUID } from 'node:crypto';
import { env, loadConfig } from '@commerce/config';
import { InProcessEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { createTestDatabase } from '@commerce/testing';
import { aCategory } from '../testing/catalog.fixture';
import { createTestMongoDatabase } from '../testing/test-mongo';
import { importProducts, ImportedProduct } from '../product/product-import';
import { CatalogStore, ProductStatus } from '../store/catalog-store';
import { openMongoCatalogStore } from '../store/mongo/mongo-catalog-store';
import { openPostgresCatalogStore } from '../store/postgres/postgres-catalog-store';

const settings = loadConfig({ BENCH_PRODUCTS: env.int(100_000, 1) });
const logger = createLogger({ service: 'catalog-bench', level: 'silent' });

function rows(count: number, categoryId: string): ImportedProduct[] {
  const sellers = Array.from({ length: 200 }, () => randomUUID());
  const start = Date.now();
  return Array.from({ length: count }, (_, i) => ({
    sellerId: sellers[i % sellers.length],
    categoryId,
    name: `Benchmark product ${i}`,
    description: `A product made to measure bulk inserts, number ${i}. `.repeat(4),
    brand: `Brand ${i % 50}`,
    price: { amount: 100 + (i % 10_000), currency: 'EUR' },
    images: [`https://img.example.com/${i}.jpg`],
    attributes: [
      { name: 'colour', value: ['red', 'green', 'blue'][i % 3] },
      { name: 'size', value: String(i % 40) },
    ],
    stock: i % 100,
    createdAt: new Date(start - i * 10),
  }));
}

/** Average latency of the read paths the API serves, on the imported data. */
async function reads(label: string, store: CatalogStore): Promise<void> {
  const [first] = await store.listProducts({}, null, 1);
  const sample = await store.exportProducts(null, 20);
  const cases: [string, () => Promise<unknown>][] = [
    [
      'first page, status ACTIVE (21 rows)',
      () => store.listProducts({ status: ProductStatus.ACTIVE }, null, 21),
    ],
    ['next page after a cursor', () => store.listProducts({ status: ProductStatus.ACTIVE }, first, 21)],
    ['one seller, first page', () => store.listProducts({ sellerId: first.sellerId }, null, 21)],
    [
      'category sub-tree, first page',
      () => store.listProducts({ categoryId: first.categoryIds[0] }, null, 21),
    ],
    ['count one seller', () => store.countProducts({ sellerId: first.sellerId })],
    ['findProductsByIds (20 ids)', () => store.findProductsByIds(sample.map((p) => p.id))],
    ['export page of 1000', () => store.exportProducts(sample[0].id, 1000)],
  ];
  for (const [name, run] of cases) {
    await run();
    const began = process.hrtime.bigint();
    for (let i = 0; i < 5; i++) await run();
    const ms = Number(process.hrtime.bigint() - began) / 1e6 / 5;
    console.log(`${label} read: ${name}: ${ms.toFixed(1)} ms`);
  }
}

async function measure(
  label: string,
  store: CatalogStore,
  count: number,
  withEvents: boolean,
): Promise<void> {
  const root = aCategory(null, 'Bench');
  const leaf = aCategory(root, 'Leaf');
  await store.insertCategory(root);
  await store.insertCategory(leaf);
  const input = rows(count, leaf.id);
  const insert = store.bulkInsertProducts.bind(store);
  let storeSeconds = 0;
  store.bulkInsertProducts = async (writes) => {
    const begun = process.hrtime.bigint();
    const inserted = await insert(writes);
    storeSeconds = Number(process.hrtime.bigint() - begun) / 1e9;
    return inserted;
  };
  const started = process.hrtime.bigint();
  await importProducts(store, input, { withEvents });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  store.bulkInsertProducts = insert;
  console.log(
    `${label}: ${count} products ${withEvents ? 'with' : 'without'} events in ${seconds.toFixed(1)} s = ` +
      `${Math.round(count / seconds)} products/s (store alone: ${Math.round(count / storeSeconds)} products/s)`,
  );
}

jest.setTimeout(60 * 60 * 1000);

it('PostgreSQL JSONB adapter', async () => {
  const database = await createTestDatabase('catalog_bench');
  const store = await openPostgresCatalogStore({
    url: database.url,
    poolSize: 5,
    bus: new InProcessEventBus(logger),
    logger,
  });
  try {
    await measure('postgres', store, settings.BENCH_PRODUCTS, false);
    await reads('postgres', store);
    await measure('postgres', store, Math.ceil(settings.BENCH_PRODUCTS / 10), true);
  } finally {
    await store.close();
    await database.drop();
  }
});

it('MongoDB adapter on FerretDB', async () => {
  const database = createTestMongoDatabase('catalog_bench');
  const store = await openMongoCatalogStore({
    url: database.url,
    poolSize: 5,
    bus: new InProcessEventBus(logger),
    logger,
  });
  try {
    await measure('ferretdb', store, settings.BENCH_PRODUCTS, false);
    await reads('ferretdb', store);
    await measure('ferretdb', store, Math.ceil(settings.BENCH_PRODUCTS / 10), true);
  } finally {
    await store.close();
    await database.drop();
  }
});
