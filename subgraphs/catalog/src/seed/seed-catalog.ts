import type { Logger } from '@commerce/logging';
import { importProducts } from '../product/product-import';
import { DuplicateSlugError, type CatalogStore } from '../store/catalog-store';
import { generateCategories, generateProducts } from './catalog-generator';

export interface SeedOptions {
  store: CatalogStore;
  sellerIds: string[];
  /** Products to create. */
  size: number;
  /** Faker seed: the same seed and size give the same catalog. */
  seed?: number;
  /**
   * Record `product.created` for each product so consumers (search) index it live. Large seeds turn
   * it off and rebuild the search index with one `reindex` pass instead.
   */
  withEvents: boolean;
  logger: Logger;
}

export interface SeedReport {
  categories: number;
  products: number;
  seconds: number;
  productsPerSecond: number;
}

/**
 * Fills the catalog with a realistic, reproducible demo: the 3-level category tree, then `size`
 * products spread over its leaves and the given sellers, inserted in batches through the same
 * validation as `createProduct`. Re-running with the same seed is safe for categories (existing slugs
 * are kept); products get fresh rows only if their ids are new.
 */
export async function seedCatalog(options: SeedOptions): Promise<SeedReport> {
  const { categories, leaves } = generateCategories();
  const byId = new Map(categories.map((c) => [c.id, c]));
  const existing = new Set(
    (await options.store.findCategoriesByIds(categories.map((c) => c.id))).flatMap((c) => (c ? [c.id] : [])),
  );
  let created = 0;
  for (const category of categories) {
    if (existing.has(category.id)) continue;
    const ancestorIds: string[] = [];
    for (let parent = category.parentId; parent; parent = byId.get(parent)!.parentId)
      ancestorIds.unshift(parent);
    try {
      await options.store.insertCategory({ ...category, ancestorIds, createdAt: new Date() });
      created++;
    } catch (error) {
      if (!(error instanceof DuplicateSlugError)) throw error;
    }
  }
  const started = process.hrtime.bigint();
  let inserted = 0;
  for (const batch of generateProducts({
    count: options.size,
    sellerIds: options.sellerIds,
    leaves,
    seed: options.seed,
    batchSize: 1000,
  })) {
    inserted += await importProducts(options.store, batch, { withEvents: options.withEvents });
    if (inserted % 10_000 === 0) options.logger.info({ inserted }, 'seeding products');
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    categories: created,
    products: inserted,
    seconds: Math.round(seconds * 100) / 100,
    productsPerSecond: Math.round(inserted / seconds),
  };
}
