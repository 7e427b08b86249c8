import DataLoader from 'dataloader';
import type { RequestContext } from '@commerce/auth';
import type { CategoryService } from './category/category.service';
import type { InventoryService } from './inventory/inventory.service';
import type { ReservationSweeper } from './inventory/reservation-sweeper';
import type { ProductService } from './product/product.service';
import type { CategoryRecord, ProductRecord } from './store/catalog-store';

/** The catalog service's singletons, reached by resolvers through the request context. */
export interface CatalogServices {
  products: ProductService;
  categories: CategoryService;
  inventory: InventoryService;
}

/** Everything the catalog service builds at start-up: the resolvers' services and the sweeper. */
export interface CatalogComponents extends CatalogServices {
  /** Expires reservations nobody committed nor released. */
  sweeper: ReservationSweeper;
}

/** This request's DataLoaders: every entity lookup of one request shares one store query per kind. */
export interface CatalogLoaders {
  productById: DataLoader<string, ProductRecord | null>;
  categoryById: DataLoader<string, CategoryRecord | null>;
  /** Children of a category; the key `ROOTS` asks for the top-level categories. */
  childCategories: DataLoader<string, CategoryRecord[]>;
}

/** Per-request context: the caller, the services and this request's DataLoaders. */
export interface CatalogContext extends RequestContext {
  services: CatalogServices;
  loaders: CatalogLoaders;
}

/** The `childCategories` key for the top level (DataLoader keys cannot be null). */
export const ROOTS = '';

/**
 * Fresh loaders for one request. The services already return one entry per id in order (null where
 * unknown), which is exactly DataLoader's batch contract.
 */
export function createLoaders(services: CatalogServices): CatalogLoaders {
  return {
    productById: new DataLoader((ids) => services.products.findByIds(ids)),
    categoryById: new DataLoader((ids) => services.categories.findByIds(ids)),
    childCategories: new DataLoader(async (keys) => {
      const parentIds = keys.map((key) => (key === ROOTS ? null : key));
      const children = await services.categories.childrenOf(parentIds);
      return parentIds.map((parentId) => children.filter((c) => c.parentId === parentId));
    }),
  };
}
