import { randomBytes } from 'node:crypto';
import { MemoryCache } from '@commerce/cache';
import { EventBus, EventEnvelope, InProcessEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { createTestDatabase } from '@commerce/testing';
import { catalogSubgraph, RunningCatalog } from '../server';
import type { CatalogStore } from '../store/catalog-store';
import { MongoCatalogStore } from '../store/mongo/mongo-catalog-store';
import { PostgresCatalogStore } from '../store/postgres/postgres-catalog-store';
import { CatalogConfig, loadCatalogConfig } from '../config';
import { createTestMongoDatabase } from './test-mongo';
import { TestIssuer } from './test-issuer';

export interface CatalogHarness {
  service: RunningCatalog;
  config: CatalogConfig;
  bus: EventBus;
  issuer: TestIssuer;
  /** The GraphQL endpoint; `base` is the service root for the internal endpoints. */
  url: string;
  base: string;
  /** Every event published by the service since start. */
  events: EventEnvelope[];
  /** Rows/documents in the store, counted straight from the engine (not through the code under test). */
  counts(): Promise<{ products: number; categories: number; reservations: number }>;
  stop(): Promise<void>;
}

/**
 * Starts the real catalog service on an ephemeral port, on a fresh database of the chosen store
 * (PostgreSQL through createTestDatabase, or a uniquely named FerretDB database dropped at the end),
 * with tokens from a local test issuer and an in-process bus whose events are recorded.
 */
export async function startCatalogHarness(
  store: 'mongo' | 'postgres',
  env: Record<string, string> = {},
): Promise<CatalogHarness> {
  const issuer = await new TestIssuer().start();
  const database =
    store === 'postgres' ? await createTestDatabase('catalog') : createTestMongoDatabase('catalog');
  const logger = createLogger({ service: 'catalog', level: 'silent' });
  const config = loadCatalogConfig({
    CATALOG_PORT: '0',
    CATALOG_STORE: store,
    ...(store === 'postgres' ? { DATABASE_URL: database.url } : { MONGO_URL: database.url }),
    DATABASE_POOL_SIZE: '10',
    JWKS_URL: issuer.jwksUrl,
    SERVICE_TOKEN: `test-service-token-${randomBytes(8).toString('hex')}`,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    ...env,
  });
  const bus = new InProcessEventBus(logger);
  const events: EventEnvelope[] = [];
  await bus.consume({
    consumer: 'catalog-harness',
    patterns: ['#'],
    handler: async (e) => void events.push(e),
  });
  // The catalog keeps nothing in a cache; the platform hands every service one.
  const cache = new MemoryCache();
  const service = await catalogSubgraph.start(config, { logger, bus, cache }).catch(async (error) => {
    await Promise.allSettled([bus.close(), cache.close(), issuer.stop(), database.drop()]);
    throw error;
  });
  return {
    service,
    config,
    bus,
    issuer,
    url: service.url,
    base: service.url.replace(/\/graphql$/, ''),
    events,
    counts: () => countDirectly(service.stores.store),
    stop: async () => {
      await service.stop();
      await bus.close();
      await cache.close();
      await issuer.stop();
      await database.drop();
    },
  };
}

async function countDirectly(store: CatalogStore) {
  const tables = ['products', 'categories', 'reservations'] as const;
  const counts = await Promise.all(
    tables.map(async (table) => {
      if (store instanceof MongoCatalogStore) return store.connection.db!.collection(table).countDocuments();
      if (store instanceof PostgresCatalogStore) {
        const rows = await store.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
        return rows[0].n as number;
      }
      throw new Error(`unknown store ${store.kind}`);
    }),
  );
  return { products: counts[0], categories: counts[1], reservations: counts[2] };
}
