import { ContextExtension, defineSubgraph, RunningSubgraphOf } from '@commerce/runtime';
import { loadSearchConfig } from './config';
import type { SearchComponents, SearchContext } from './context';
import { searchDatabase } from './database';
import { openSearchEngine } from './engine/create-search-engine';
import { SearchIndexer } from './indexing/search-indexer';
import { buildSearchSchema } from './schema';
import { ProductSearchService } from './search/search.service';

/**
 * The search subgraph: `search` and `suggest` over a read model fed by catalog's events. The engine
 * (OpenSearch, or PostgreSQL full-text in embedded mode) is its own store; the PostgreSQL database
 * holds the indexer's inbox (and the documents in postgres mode). Anonymous callers may search; a
 * token, when sent, is still verified (a bad one is refused).
 */
export const searchSubgraph = defineSubgraph({
  name: 'search',
  loadConfig: loadSearchConfig,
  port: (config) => config.SEARCH_PORT,
  schema: buildSearchSchema,
  // Search keeps nothing in the shared cache: no Redis connection to open, or to depend on.
  cache: 'memory',
  database: searchDatabase,
  stores: async ({ config, logger, dataSource }) => ({
    engine: await openSearchEngine(config, logger, dataSource),
  }),
  services: ({ config, logger, dataSource, stores: { engine } }): SearchComponents => ({
    search: new ProductSearchService(engine, logger),
    indexer: new SearchIndexer(dataSource, engine, logger, {
      maxBatchSize: config.SEARCH_INDEXER_BATCH_SIZE,
      maxBatchWaitMs: config.SEARCH_INDEXER_BATCH_WAIT_MS,
      maxConcurrentBatches: config.SEARCH_INDEXER_CONCURRENT_BATCHES,
    }),
  }),
  context: ({ services }): ContextExtension<SearchContext> => ({ services: { search: services.search } }),
  consumers: ({ services }) => [services.indexer.subscription()],
});

export type RunningSearch = RunningSubgraphOf<typeof searchSubgraph>;
