import { createLogger } from '@commerce/logging';
import { createTestDatabase } from '@commerce/testing';
import { catalogStoreContract } from './catalog-store.contract';
import { openPostgresCatalogStore } from './postgres/postgres-catalog-store';

describe('CatalogStore on PostgreSQL (JSONB adapter)', () => {
  catalogStoreContract(async (bus) => {
    const database = await createTestDatabase('catalog_store');
    const logger = createLogger({ service: 'catalog', level: 'silent' });
    const store = await openPostgresCatalogStore({ url: database.url, poolSize: 20, bus, logger });
    return {
      store,
      destroy: async () => {
        await store.close();
        await database.drop();
      },
    };
  });
});
