import type { ProductSnapshot } from '@commerce/contracts';
import type { CategoryRecord, ProductRecord } from '../store/catalog-store';

/**
 * Builds the indexing snapshot of a product. `categories` must hold the product's category path
 * (`product.categoryIds`); a missing one is skipped rather than failing a write (categories are never
 * deleted, so it only happens with hand-edited data).
 */
export function productSnapshot(
  product: ProductRecord,
  categories: ReadonlyMap<string, CategoryRecord>,
): ProductSnapshot {
  const categoryPath: ProductSnapshot['categoryPath'] = [];
  for (const id of product.categoryIds) {
    const category = categories.get(id);
    if (category) categoryPath.push({ id: category.id, name: category.name, slug: category.slug });
  }
  return {
    productId: product.id,
    sellerId: product.sellerId,
    categoryId: product.categoryId,
    categoryPath,
    name: product.name,
    description: product.description,
    brand: product.brand,
    price: { amount: product.price.amount, currency: product.price.currency },
    images: [...product.images],
    attributes: product.attributes.map((a) => ({ name: a.name, value: a.value })),
    status: product.status,
    stockAvailable: product.stockAvailable,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}
