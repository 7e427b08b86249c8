import type { CategoryRecord, ProductRecord, ProductStatus, ReservationRecord } from '../catalog-store';
import type { CategoryDoc, ProductDoc, ReservationDoc } from './models';

/** Fields a product read returns: never the holds or the pending events (internal bookkeeping). */
export const PRODUCT_FIELDS = { holds: 0, pendingEvents: 0, hasPendingEvents: 0 } as const;

export function productFromDoc(
  doc: Omit<ProductDoc, 'holds' | 'pendingEvents' | 'hasPendingEvents'>,
): ProductRecord {
  return {
    id: doc._id,
    sellerId: doc.sellerId,
    categoryId: doc.categoryId,
    categoryIds: doc.categoryIds ?? [],
    name: doc.name,
    description: doc.description,
    brand: doc.brand ?? null,
    price: { amount: doc.price.amount, currency: doc.price.currency },
    images: doc.images ?? [],
    attributes: (doc.attributes ?? []).map((a) => ({ name: a.name, value: a.value })),
    status: doc.status as ProductStatus,
    stockAvailable: doc.stockAvailable,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    version: doc.version,
  };
}

/** The stored fields of a product record (bookkeeping fields are managed by the writers). */
export function productFields(product: ProductRecord) {
  return {
    sellerId: product.sellerId,
    categoryId: product.categoryId,
    categoryIds: product.categoryIds,
    name: product.name,
    description: product.description,
    brand: product.brand,
    price: { amount: product.price.amount, currency: product.price.currency },
    images: product.images,
    attributes: product.attributes.map((a) => ({ name: a.name, value: a.value })),
    status: product.status,
    stockAvailable: product.stockAvailable,
    createdAt: product.createdAt,
    updatedAt: product.updatedAt,
  };
}

export function categoryFromDoc(doc: CategoryDoc): CategoryRecord {
  return {
    id: doc._id,
    name: doc.name,
    slug: doc.slug,
    parentId: doc.parentId ?? null,
    ancestorIds: doc.ancestorIds ?? [],
    createdAt: doc.createdAt,
  };
}

export function reservationFromDoc(doc: ReservationDoc): ReservationRecord {
  return {
    id: doc._id,
    orderId: doc.orderId ?? null,
    status: doc.status,
    items: (doc.items ?? []).map((i) => ({ productId: i.productId, quantity: i.quantity })),
    requestHash: doc.requestHash,
    rejection: doc.rejection ?? null,
    expiresAt: doc.expiresAt,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}
