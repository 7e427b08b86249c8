import DataLoader from 'dataloader';
import type { RequestContext } from '@commerce/auth';
import type { CatalogProduct, ProductCatalog } from './product-catalog';

/** Per-request product lookups: every product a request needs costs one catalog call together. */
export type ProductLoader = DataLoader<string, CatalogProduct | null>;

/**
 * What cart services receive first: the caller plus this request's product lookups, so a mutation
 * and the fields of its answer see one consistent catalog snapshot.
 */
export interface CartRequestContext extends RequestContext {
  products: ProductLoader;
}

/** A fresh loader per request: a catalog answer is never reused across requests (prices move). */
export function createProductLoader(catalog: ProductCatalog): ProductLoader {
  return new DataLoader<string, CatalogProduct | null>(
    async (ids) => {
      const found = await catalog.getProducts(ids);
      return ids.map((id) => found.get(id) ?? null);
    },
    { maxBatchSize: 100 },
  );
}
