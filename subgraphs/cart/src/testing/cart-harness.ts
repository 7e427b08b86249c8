import { Cache, RedisCache } from '@commerce/cache';
import { EventBus, InProcessEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import {
  createTestDatabase,
  engines,
  harnessSettings,
  Teardown,
  TestDatabase,
  TestIdentity,
} from '@commerce/testing';
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
  const teardown = new Teardown();
  const database = teardown.add(await createTestDatabase('cart'), (db) => db.drop());
  const identity = teardown.add(await TestIdentity.start(), (jwks) => jwks.stop());
  const catalog = teardown.add(await FakeCatalog.start(), (fake) => fake.stop());
  const logger = createLogger({ service: 'cart', level: 'silent' });
  const config = loadCartConfig({
    ...harnessSettings('CART_PORT', database, identity.jwksUrl),
    CATALOG_URL: catalog.url,
    CATALOG_TIMEOUT_MS: '2000',
    ...env,
  });
  const eventBus = bus ?? teardown.add(new InProcessEventBus(logger), (own) => own.close());
  const cache = teardown.add(new RedisCache(engines.TEST_REDIS_URL, `test:${database.name}:`), (redis) =>
    redis.close(),
  );
  const service = teardown.add(
    await cartSubgraph.start(config, { logger, bus: eventBus, cache }),
    (running) => running.stop(),
  );
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
    stop: () => teardown.run(),
  };
}
