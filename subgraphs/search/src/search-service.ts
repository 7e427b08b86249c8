import type { IncomingMessage } from 'node:http';
import { JwksKeySource, JwtVerifier } from '@commerce/auth';
import type { Cache } from '@commerce/cache';
import { isDatabaseReachable } from '@commerce/database';
import type { EventBus } from '@commerce/events';
import type { Logger, LogScope } from '@commerce/logging';
import {
  baseRequestContext,
  createSubgraphServer,
  RunningService,
  ServiceMetrics,
  startService,
} from '@commerce/runtime';
import type { SearchConfig } from './config';
import type { SearchContext, SearchServices } from './context';
import { openSearchDatabase } from './database';
import { createSearchEngine } from './engine/create-search-engine';
import type { SearchEngine } from './engine/search-engine';
import { SearchIndexer } from './indexing/search-indexer';
import { buildSearchSchema } from './schema';
import { ProductSearchService } from './search/search.service';

export interface SearchDependencies {
  logger: Logger;
  bus: EventBus;
  /** Not used yet (search answers from its engine); accepted so every subgraph starts alike. */
  cache: Cache;
}

export interface SearchService extends RunningService {
  engine: SearchEngine;
  services: SearchServices;
  indexer: SearchIndexer;
}

/** Wires the search subgraph: database (inbox, PG documents), engine, indexer, HTTP runtime. */
export async function startSearchService(
  config: SearchConfig,
  deps: SearchDependencies,
): Promise<SearchService> {
  const { logger, bus } = deps;
  const dataSource = await openSearchDatabase(config, logger);
  const engine = createSearchEngine(config, logger, dataSource);
  try {
    await engine.init();
  } catch (error) {
    await engine.close();
    await dataSource.destroy();
    throw error;
  }
  const indexer = new SearchIndexer(dataSource, engine, bus, logger, {
    maxBatchSize: config.SEARCH_INDEXER_BATCH_SIZE,
    maxBatchWaitMs: config.SEARCH_INDEXER_BATCH_WAIT_MS,
    maxConcurrentBatches: config.SEARCH_INDEXER_CONCURRENT_BATCHES,
  });
  const stopIndexer = await indexer.start();
  const services: SearchServices = { search: new ProductSearchService(engine, logger) };
  // The consumer stops first (its in-flight events finish), then the engine and the pool close.
  const shutdown = [stopIndexer, () => engine.close(), () => dataSource.destroy()];

  const verifier = new JwtVerifier(new JwksKeySource(config.JWKS_URL), {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
  });
  const metrics = new ServiceMetrics('search');
  const schema = await buildSearchSchema();
  const production = config.NODE_ENV === 'production';
  // Anonymous callers may search; a token, when sent, is still verified (a bad one is refused).
  const context = async (request: { req: IncomingMessage; scope: LogScope }): Promise<SearchContext> => ({
    ...(await baseRequestContext(verifier, request, config.TRUSTED_PROXY_HOPS)),
    services,
  });

  let running: RunningService;
  try {
    running = await startService<SearchContext>({
      name: 'search',
      port: config.SEARCH_PORT,
      logger,
      metrics,
      graphql: {
        server: createSubgraphServer<SearchContext>({ schema, logger, metrics, production }),
        context,
      },
      readiness: {
        engine: () => engine.isReachable(),
        database: () => isDatabaseReachable(dataSource),
        eventBus: async () => bus.isHealthy(),
      },
      onShutdown: shutdown,
      shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    });
  } catch (error) {
    for (const hook of shutdown) await hook().catch(() => undefined);
    throw error;
  }
  logger.info({ engine: engine.kind }, 'search engine ready');
  return { ...running, engine, services, indexer };
}
