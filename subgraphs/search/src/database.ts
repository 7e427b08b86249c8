import type { DataSource } from 'typeorm';
import { openDatabase } from '@commerce/database';
import { CreateOutboxAndInbox1700000000000 } from '@commerce/events';
import type { Logger } from '@commerce/logging';
import type { SearchConfig } from './config';
import { CreateSearchDocuments1700000000300 } from './migrations/1700000000300-create-search-documents';
import { AddProductRatings1700000000301 } from './migrations/1700000000301-add-product-ratings';

/**
 * The search service's own PostgreSQL database: the inbox of the indexer and the product ratings
 * (`product_ratings`) in every mode, and the search documents in postgres mode. The documents table
 * is created in opensearch mode too (it stays empty), so switching engines never depends on which
 * migrations ran. Search publishes nothing: no outbox relay.
 */
export const searchDatabase = {
  entities: [],
  migrations: [CreateSearchDocuments1700000000300, AddProductRatings1700000000301],
  outbox: false as const,
};

/** The search database's schema, in order: inbox (and outbox), documents, ratings. */
export const SEARCH_MIGRATIONS = [CreateOutboxAndInbox1700000000000, ...searchDatabase.migrations];

/** Opens it outside the service (the `reindex` command). */
export function openSearchDatabase(config: SearchConfig, logger: Logger): Promise<DataSource> {
  return openDatabase({
    url: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
    entities: searchDatabase.entities,
    migrations: SEARCH_MIGRATIONS,
    logger,
  });
}
