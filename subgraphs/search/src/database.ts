import type { DataSource } from 'typeorm';
import { openDatabase } from '@commerce/database';
import { CreateOutboxAndInbox1700000000000 } from '@commerce/events';
import type { Logger } from '@commerce/logging';
import type { SearchConfig } from './config';
import { CreateSearchDocuments1700000000300 } from './migrations/1700000000300-create-search-documents';

/**
 * The search service's own PostgreSQL database: the inbox of the indexer in every mode, and the
 * search documents in postgres mode. The documents table is created in opensearch mode too (it stays
 * empty), so switching engines never depends on which migrations ran. Search publishes nothing: no
 * outbox relay.
 */
export const searchDatabase = {
  entities: [],
  migrations: [CreateSearchDocuments1700000000300],
  outbox: false as const,
};

/** Opens it outside the service (the `reindex` command). */
export function openSearchDatabase(config: SearchConfig, logger: Logger): Promise<DataSource> {
  return openDatabase({
    url: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
    entities: searchDatabase.entities,
    migrations: [CreateOutboxAndInbox1700000000000, ...searchDatabase.migrations],
    logger,
  });
}
