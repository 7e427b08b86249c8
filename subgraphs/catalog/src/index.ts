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
export { CATEGORY_TREE } from './seed/category-tree';
