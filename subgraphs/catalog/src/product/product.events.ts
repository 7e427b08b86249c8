import { createEvent, EventEnvelope } from '@commerce/events';

/**
 * Events the catalog publishes (routing key = type), always through its outbox. Products are never
 * deleted (orders and reviews keep referring to them): they are archived, which is a `product.updated`
 * with status ARCHIVED, so `product.deleted` is reserved and not emitted.
 */
export const ProductEvents = {
  created: 'product.created',
  updated: 'product.updated',
  deleted: 'product.deleted',
  inventoryChanged: 'inventory.changed',
} as const;

export const CATALOG_EVENT_SOURCE = 'catalog';

/** A category on the path from the root to the product's category, for facets and breadcrumbs. */
export interface CategoryPathEntry {
  id: string;
  name: string;
  slug: string;
}

/**
 * Everything the search service indexes, so it never reads the catalog's store. Also the item shape
 * of `GET /internal/products` (the reindex export).
 */
export interface ProductSnapshot {
  productId: string;
  sellerId: string;
  categoryId: string;
  /** Root first, the product's own category last. */
  categoryPath: CategoryPathEntry[];
  name: string;
  description: string;
  brand: string | null;
  /** Minor units and ISO 4217 currency. */
  price: { amount: number; currency: string };
  images: string[];
  attributes: { name: string; value: string }[];
  status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  stockAvailable: number;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601; consumers may drop a snapshot older than the one they hold. */
  updatedAt: string;
}

export type ProductCreatedData = ProductSnapshot;
export type ProductUpdatedData = ProductSnapshot;

/** Reserved: products are archived, not deleted (see above). */
export interface ProductDeletedData {
  productId: string;
}

export interface InventoryChangedData {
  productId: string;
  /** Stock after the change. */
  stockAvailable: number;
  /** Signed change: negative when stock was taken. */
  delta: number;
  /** `adjustment: <seller's reason>`, `reservation`, `release`, `expiry` or `restock`. */
  reason: string;
  /** Set when a reservation caused the change. */
  reservationId?: string;
}

export function productCreatedEvent(snapshot: ProductSnapshot): EventEnvelope<ProductCreatedData> {
  return createEvent(CATALOG_EVENT_SOURCE, ProductEvents.created, snapshot);
}

export function productUpdatedEvent(snapshot: ProductSnapshot): EventEnvelope<ProductUpdatedData> {
  return createEvent(CATALOG_EVENT_SOURCE, ProductEvents.updated, snapshot);
}

export function inventoryChangedEvent(data: InventoryChangedData): EventEnvelope<InventoryChangedData> {
  return createEvent(CATALOG_EVENT_SOURCE, ProductEvents.inventoryChanged, data);
}
