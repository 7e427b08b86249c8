import { createLogger } from '@commerce/logging';
import { createTestMongoDatabase } from '../testing/test-mongo';
import { catalogStoreContract } from './catalog-store.contract';
import { openMongoCatalogStore } from './mongo/mongo-catalog-store';

describe('CatalogStore on MongoDB (FerretDB v1)', () => {
  catalogStoreContract(async (bus) => {
    const database = createTestMongoDatabase('catalog_store');
    const logger = createLogger({ service: 'catalog', level: 'silent' });
    const store = await openMongoCatalogStore({ url: database.url, poolSize: 20, bus, logger });
    return {
      store,
      destroy: async () => {
        await store.close();
        await database.drop();
      },
    };
  });
});
