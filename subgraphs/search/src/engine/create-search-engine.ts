import type { DataSource } from 'typeorm';
import type { Logger } from '@commerce/logging';
import type { SearchConfig } from '../config';
import { OpenSearchEngine } from './opensearch/opensearch-engine';
import { PostgresSearchEngine } from './postgres/postgres-engine';
import type { SearchEngine } from './search-engine';

/** The adapter chosen by SEARCH_ENGINE; the PostgreSQL one needs the search database. */
export function createSearchEngine(
  config: SearchConfig,
  logger: Logger,
  dataSource: DataSource | null,
): SearchEngine {
  if (config.SEARCH_ENGINE === 'postgres') {
    if (!dataSource) throw new Error('the postgres search engine needs the search database');
    return new PostgresSearchEngine(dataSource, logger);
  }
  return new OpenSearchEngine({
    node: config.OPENSEARCH_URL,
    alias: config.SEARCH_INDEX,
    replicas: config.OPENSEARCH_REPLICAS,
    logger,
  });
}

/** The chosen engine, ready to serve (index or table in place); closed again when it is not. */
export async function openSearchEngine(
  config: SearchConfig,
  logger: Logger,
  dataSource: DataSource,
): Promise<SearchEngine> {
  const engine = createSearchEngine(config, logger, dataSource);
  try {
    await engine.init();
  } catch (error) {
    await engine.close();
    throw error;
  }
  logger.info({ engine: engine.kind }, 'search engine ready');
  return engine;
}
