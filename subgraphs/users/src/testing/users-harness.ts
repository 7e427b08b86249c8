import { RedisCache, Cache } from '@commerce/cache';
import { EventBus, InProcessEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { createTestDatabase, engines, TestDatabase } from '@commerce/testing';
import { loadUsersConfig, UsersConfig } from '../config';
import { RunningUsers, usersSubgraph } from '../server';

export interface UsersHarness {
  service: RunningUsers;
  config: UsersConfig;
  database: TestDatabase;
  bus: EventBus;
  cache: Cache;
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the real users service on an ephemeral port, on a fresh PostgreSQL database and the real
 * Redis (namespaced per run), for one test file. `env` overrides settings (e.g. tighter rate limits).
 */
export async function startUsersHarness(
  env: Record<string, string> = {},
  bus?: EventBus,
): Promise<UsersHarness> {
  const database = await createTestDatabase('users');
  const logger = createLogger({ service: 'users', level: 'silent' });
  const config = loadUsersConfig({
    USERS_PORT: '0',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '5',
    LOG_LEVEL: 'silent',
    // Tests hash many passwords: the cheapest argon2id settings keep them fast; production uses the defaults.
    PASSWORD_HASH_MEMORY_KIB: '1024',
    PASSWORD_HASH_ITERATIONS: '1',
    ...env,
  });
  const eventBus = bus ?? new InProcessEventBus(logger);
  const cache = new RedisCache(engines.TEST_REDIS_URL, `test:${database.name}:`);
  const service = await usersSubgraph.start(config, { logger, bus: eventBus, cache });
  return {
    service,
    config,
    database,
    bus: eventBus,
    cache,
    url: service.url,
    stop: async () => {
      await service.stop();
      await cache.close();
      if (!bus) await eventBus.close();
      await database.drop();
    },
  };
}
