import type { CategoryRecord, ProductRecord } from '../store/catalog-store';
import { ProductStatus } from '../store/catalog-store';
import { pathIds } from '../category/category-path';
import type { CreateProductValues } from './product.validation';

/** Who creates the product, where it is filed and when: what `createProduct` and the import differ in. */
export interface NewProductOrigin {
  id: string;
  sellerId: string;
  /** The category's path, root first, the category last. */
  path: readonly CategoryRecord[];
  createdAt: Date;
}

/**
 * A product's first version from validated create values, with the same defaults (ACTIVE, no
 * images, no attributes) for `createProduct` and the seed import, so the two cannot drift apart.
 */
export function newProductRecord(input: CreateProductValues, origin: NewProductOrigin): ProductRecord {
  return {
    id: origin.id,
    sellerId: origin.sellerId,
    categoryId: input.categoryId.toLowerCase(),
    categoryIds: pathIds(origin.path[origin.path.length - 1]),
    name: input.name,
    description: input.description,
    brand: input.brand ?? null,
    price: input.price,
    images: input.images ?? [],
    attributes: input.attributes ?? [],
    status: input.status ?? ProductStatus.ACTIVE,
    stockAvailable: input.stock,
    createdAt: origin.createdAt,
    updatedAt: origin.createdAt,
    version: 1,
  };
}
