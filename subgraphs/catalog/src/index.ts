export { catalogSubgraph } from './server';
export type { RunningCatalog } from './server';
export { loadCatalogConfig, catalogConfigShape } from './config';
export type { CatalogConfig } from './config';
export { buildCatalogSchema } from './schema';
export { seedCatalog } from './seed/seed-catalog';
export type { SeedReport } from './seed/seed-catalog';
export { ensureSeedSellers, SEED_SELLER_PASSWORD } from './seed/seed-sellers';
export { CATEGORY_TREE } from './seed/category-tree';
