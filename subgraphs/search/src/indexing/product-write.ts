import type { ProductWrite } from '../engine/product-document';
import type { ProductSnapshot } from '@commerce/contracts';

/**
 * Turns catalog's snapshot into a versioned engine write. Content is versioned by `updatedAt`. The
 * stock reading is as of `stockVersion`: `updatedAt` for an event, the fetch time for an export page
 * (the export shows the stock at the time it was read, which may be newer than the last update).
 */
export function toProductWrite(snapshot: ProductSnapshot, stockVersion?: number): ProductWrite {
  const updatedAt = Date.parse(snapshot.updatedAt);
  const path = snapshot.categoryPath;
  const own = path.find((c) => c.id === snapshot.categoryId);
  // The own category is normally last in the path; tolerate a path that omits it.
  const categories = own ? path : [...path, { id: snapshot.categoryId, name: '' }];
  return {
    productId: snapshot.productId,
    version: updatedAt,
    fields: {
      sellerId: snapshot.sellerId,
      categoryId: snapshot.categoryId,
      categoryName: own?.name ?? '',
      categoryIds: categories.map((c) => c.id),
      categoryNames: categories.map((c) => c.name).filter(Boolean),
      name: snapshot.name,
      description: snapshot.description,
      brand: snapshot.brand?.trim() || null,
      attributeValues: snapshot.attributes.map((a) => a.value),
      price: snapshot.price.amount,
      currency: snapshot.price.currency,
      status: snapshot.status,
      createdAt: Date.parse(snapshot.createdAt),
    },
    stock: { available: snapshot.stockAvailable, version: Math.max(updatedAt, stockVersion ?? updatedAt) },
  };
}
