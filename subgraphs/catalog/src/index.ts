import { loadCatalogConfig } from './config';
import { buildCatalogSchema } from './schema';
import { startCatalogService } from './catalog-service';

export { startCatalogService } from './catalog-service';
export type { CatalogService, CatalogDependencies } from './catalog-service';
export { loadCatalogConfig, catalogConfigShape } from './config';
export type { CatalogConfig } from './config';
export { buildCatalogSchema } from './schema';
export { ProductEvents } from './product/product.events';
export type {
  CategoryPathEntry,
  InventoryChangedData,
  ProductCreatedData,
  ProductDeletedData,
  ProductSnapshot,
  ProductUpdatedData,
} from './product/product.events';
export type { ReservationAnswer } from './inventory/inventory.routes';
export type { CatalogStore, ProductRecord, CategoryRecord, ProductWrite } from './store/catalog-store';
export { seedCatalog } from './seed/seed-catalog';
export type { SeedReport } from './seed/seed-catalog';
export { ensureSeedSellers } from './seed/seed-sellers';

/** Until catalog is defined with defineSubgraph: the same shape for main.ts and the launchers. */
export const catalogSubgraph = {
  name: 'catalog',
  cache: 'redis' as const,
  loadConfig: loadCatalogConfig,
  buildSchema: buildCatalogSchema,
  start: startCatalogService,
};
