import type { EventBus } from '@commerce/events';
import type { Logger } from '@commerce/logging';
import type { CatalogConfig } from '../config';
import type { CatalogStore } from './catalog-store';
import { openMongoCatalogStore } from './mongo/mongo-catalog-store';
import { openPostgresCatalogStore } from './postgres/postgres-catalog-store';

/** Opens the adapter chosen by `CATALOG_STORE`, with its schema or indexes brought up to date. */
export function openCatalogStore(
  config: CatalogConfig,
  deps: { bus: EventBus; logger: Logger },
): Promise<CatalogStore> {
  if (config.CATALOG_STORE === 'mongo') {
    return openMongoCatalogStore({
      url: config.MONGO_URL,
      poolSize: config.MONGO_POOL_SIZE,
      lockLeaseMs: config.DOCUMENT_LOCK_LEASE_MS,
      lockWaitMs: config.DOCUMENT_LOCK_WAIT_MS,
      ...deps,
    });
  }
  return openPostgresCatalogStore({
    url: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
    ...deps,
  });
}
