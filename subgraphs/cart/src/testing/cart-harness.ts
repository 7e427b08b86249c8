import { Cache, RedisCache } from '@commerce/cache';
import { EventBus, InProcessEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { createTestDatabase, engines, TestDatabase, TestIdentity } from '@commerce/testing';
import { cartSubgraph, RunningCart } from '../server';
import { CartConfig, loadCartConfig } from '../config';
import { FakeCatalog } from './fake-catalog';

/** A running cart service and the fakes around it, for one test file. */
export interface CartHarness {
  service: RunningCart;
  config: CartConfig;
  database: TestDatabase;
  identity: TestIdentity;
  catalog: FakeCatalog;
  bus: EventBus;
  cache: Cache;
  /** The GraphQL endpoint. */
  url: string;
  /** Base URL for the other routes (`/internal/...`, `/readyz`). */
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the real cart service on an ephemeral port, on a fresh PostgreSQL database, the real Redis
 * (namespaced per run), a local JWKS and the fake catalog, for one test file. `env` overrides settings.
 */
export async function startCartHarness(
  env: Record<string, string> = {},
  bus?: EventBus,
): Promise<CartHarness> {
  const database = await createTestDatabase('cart');
  const identity = await TestIdentity.start();
  const catalog = await FakeCatalog.start();
  const logger = createLogger({ service: 'cart', level: 'silent' });
  const config = loadCartConfig({
    CART_PORT: '0',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '10',
    LOG_LEVEL: 'silent',
    JWKS_URL: identity.jwksUrl,
    CATALOG_URL: catalog.url,
    CATALOG_TIMEOUT_MS: '2000',
    SHUTDOWN_TIMEOUT_MS: '2000',
    ...env,
  });
  const eventBus = bus ?? new InProcessEventBus(logger);
  const cache = new RedisCache(engines.TEST_REDIS_URL, `test:${database.name}:`);
  const service = await cartSubgraph.start(config, { logger, bus: eventBus, cache });
  return {
    service,
    config,
    database,
    identity,
    catalog,
    bus: eventBus,
    cache,
    url: service.url,
    baseUrl: service.url.replace(/\/graphql$/, ''),
    stop: async () => {
      await service.stop();
      await cache.close();
      if (!bus) await eventBus.close();
      await catalog.stop();
      await identity.stop();
      await database.drop();
    },
  };
}
