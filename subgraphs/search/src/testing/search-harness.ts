import { MemoryCache } from '@commerce/cache';
import { createEvent, EventBus, EventEnvelope, InProcessEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { createTestDatabase, TestDatabase } from '@commerce/testing';
import { loadSearchConfig, SearchConfig, SearchEngineKind } from '../config';
import { deleteIndices, randomAlias, TEST_OPENSEARCH_URL } from '../engine/opensearch/opensearch-test-index';
import { RunningSearch, searchSubgraph } from '../server';

export interface SearchHarness {
  service: RunningSearch;
  config: SearchConfig;
  database: TestDatabase;
  bus: EventBus;
  url: string;
  /** Publishes a catalog event on the bus, as catalog's outbox relay would. */
  publish<T>(type: string, data: T, occurredAt?: Date): Promise<EventEnvelope<T>>;
  stop(): Promise<void>;
}

/**
 * Starts the real search service on an ephemeral port, on a fresh PostgreSQL database and (for
 * `opensearch`) a random index alias on the real OpenSearch node, deleted by `stop`.
 */
export async function startSearchHarness(
  engine: SearchEngineKind,
  env: Record<string, string> = {},
): Promise<SearchHarness> {
  const database = await createTestDatabase('search');
  const alias = randomAlias('service');
  const logger = createLogger({ service: 'search', level: 'silent' });
  const config = loadSearchConfig({
    SEARCH_PORT: '0',
    SEARCH_ENGINE: engine,
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '5',
    OPENSEARCH_URL: TEST_OPENSEARCH_URL,
    SEARCH_INDEX: alias,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const bus = new InProcessEventBus(logger);
  const cache = new MemoryCache();
  const service = await searchSubgraph.start(config, { logger, bus, cache });
  return {
    service,
    config,
    database,
    bus,
    url: service.url,
    publish: async (type, data, occurredAt) => {
      const event = createEvent('catalog', type, data);
      if (occurredAt) event.occurredAt = occurredAt.toISOString();
      await bus.publish([event]);
      return event;
    },
    stop: async () => {
      await service.stop();
      await bus.close();
      await cache.close();
      if (engine === 'opensearch') await deleteIndices(alias);
      await database.drop();
    },
  };
}
