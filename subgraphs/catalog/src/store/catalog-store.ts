import type { Money } from '@commerce/contracts';
import { AppError, ErrorCode } from '@commerce/errors';
import type { EventEnvelope } from '@commerce/events';

/** Lifecycle of a product: only ACTIVE products are listed by default and can be reserved. */
export enum ProductStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}

interface AttributeValue {
  name: string;
  value: string;
}

/** A category node. `ancestorIds` runs from the root to the parent (empty for a root). */
export interface CategoryRecord {
  id: string;
  name: string;
  slug: string;
  parentId: string | null;
  ancestorIds: string[];
  createdAt: Date;
}

/** A product document as every adapter stores it. */
export interface ProductRecord {
  id: string;
  sellerId: string;
  categoryId: string;
  /** The category and its ancestors (root first, the category last): the sub-tree filter key. */
  categoryIds: string[];
  name: string;
  description: string;
  brand: string | null;
  price: Money;
  images: string[];
  attributes: AttributeValue[];
  status: ProductStatus;
  stockAvailable: number;
  createdAt: Date;
  updatedAt: Date;
  /** Incremented by every write; starts at 1. */
  version: number;
}

export interface ProductFilter {
  sellerId?: string;
  /** Matches products of this category and of every category below it. */
  categoryId?: string;
  status?: ProductStatus;
}

/** Keyset position: the last row of the previous page in (createdAt desc, id desc) order. */
export interface ProductPosition {
  createdAt: Date;
  id: string;
}

/** A write decided on the current document: the next state and the events it causes. */
export interface ProductWrite {
  product: ProductRecord;
  events: EventEnvelope[];
}

export type ReservationStatus =
  'PENDING' | 'RESERVED' | 'COMMITTED' | 'RELEASED' | 'EXPIRED' | 'REJECTED' | 'RESTOCKED';

export interface ReservationItem {
  productId: string;
  quantity: number;
}

/** Why a reservation was refused; stored so a retry gets the same answer. */
export interface ReservationRejection {
  code: 'OUT_OF_STOCK' | 'NOT_FOUND';
  productId: string;
  available: number;
}

export interface ReservationRecord {
  id: string;
  orderId: string | null;
  status: ReservationStatus;
  /** Sorted by productId, one entry per product. */
  items: ReservationItem[];
  /** Fingerprint of (orderId, items): a reused id with another request is a conflict. */
  requestHash: string;
  rejection: ReservationRejection | null;
  expiresAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

export interface ReservationRequest {
  id: string;
  orderId: string | null;
  items: ReservationItem[];
  requestHash: string;
  expiresAt: Date;
}

/**
 * Publishes the events a store recorded with its writes. `flush` publishes what is pending now;
 * `kick` asks for a pass soon (after a write); `stop` waits for the pass in progress.
 */
export interface EventRelay {
  start(): void;
  kick(): void;
  flush(): Promise<number>;
  pendingCount(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The catalog's storage port. Two adapters implement it (MongoDB through mongoose, PostgreSQL JSONB
 * through TypeORM) and `catalog-store.contract.ts` proves every guarantee below on both engines.
 *
 * Every implementation guarantees:
 * - **Atomic writes with their events.** Events passed with a write (or produced by it) are stored
 *   with the state change, in the same atomic step: both exist or neither does. They leave only through
 *   `relay` (at least once, publisher confirms), never directly, so a bus outage delays them and loses
 *   nothing.
 * - **Serialised product writes.** `mutateProduct` runs `decide` on the current document and applies
 *   its answer as if no other write to that product happened in between (no lost update), whatever
 *   the engine offers (row lock, or a lease lock where the engine has no atomic conditional update).
 *   When `decide` throws, nothing is written.
 * - **Stock never below zero**, under any concurrency: reservations and adjustments are serialised per
 *   product and checked against the current stock.
 * - **Reservations are all-or-nothing and idempotent by id**: either every item's stock is taken or
 *   none stays taken; a retried `reserve` returns the stored outcome and never takes stock twice;
 *   release, expiry and restock return stock exactly once, even under concurrent calls; commit,
 *   release and restock follow `reservation-rules.ts`.
 * - **Lookups by ids** return one entry per id asked, in the same order, null where unknown.
 * - **Listing** is keyset-paginated in (createdAt desc, id desc) order: pages never repeat or skip a
 *   product, even when many share one createdAt.
 * - **Export** lists every product (any status) in id order.
 * - **Slugs are unique**: `insertCategory` throws `DuplicateSlugError` for a taken slug.
 * - **Contention is reported, not hidden**: a write that cannot get its turn in time throws
 *   `StoreBusyError` (retryable) and has written nothing.
 */
export interface CatalogStore {
  readonly kind: 'mongo' | 'postgres';
  readonly relay: EventRelay;

  insertCategory(category: CategoryRecord): Promise<void>;
  findCategoriesByIds(ids: readonly string[]): Promise<(CategoryRecord | null)[]>;
  findCategoryBySlug(slug: string): Promise<CategoryRecord | null>;
  /** Children of each given parent (null = the roots), ordered by name then id. */
  listChildCategories(parentIds: readonly (string | null)[]): Promise<CategoryRecord[]>;

  insertProduct(product: ProductRecord, events: EventEnvelope[]): Promise<void>;
  /** Seed path: many products with their events (pass [] to insert without events), in batches. */
  bulkInsertProducts(rows: ProductWrite[]): Promise<number>;
  findProductsByIds(ids: readonly string[]): Promise<(ProductRecord | null)[]>;
  /** Null when the product does not exist; `decide` returning null means "no change". */
  mutateProduct(
    id: string,
    decide: (current: ProductRecord) => Promise<ProductWrite | null>,
  ): Promise<ProductRecord | null>;
  listProducts(filter: ProductFilter, after: ProductPosition | null, limit: number): Promise<ProductRecord[]>;
  countProducts(filter: ProductFilter): Promise<number>;
  exportProducts(afterId: string | null, limit: number): Promise<ProductRecord[]>;

  reserve(request: ReservationRequest, now: Date): Promise<ReservationRecord>;
  /** Null when unknown. Committing an expired reservation expires it (stock returned) instead. */
  commitReservation(id: string, now: Date): Promise<ReservationRecord | null>;
  /** Releasing an unknown id stores a RELEASED tombstone, so a late `reserve` cannot take stock. */
  releaseReservation(id: string, now: Date): Promise<ReservationRecord>;
  /**
   * Null when unknown (no tombstone). A COMMITTED reservation's quantities go back to stock
   * (`inventory.changed`, reason `restock`, with the change) and it becomes RESTOCKED; a RESERVED or
   * PENDING one is released (RELEASED, reason `release`); any other is returned unchanged. Stock is
   * returned exactly once, whatever the number of calls, concurrent or retried after a crash.
   */
  restockReservation(id: string, now: Date): Promise<ReservationRecord | null>;
  findReservation(id: string): Promise<ReservationRecord | null>;
  /** Expires up to `limit` reservations past their expiry; returns how many were expired. */
  expireReservations(now: Date, limit: number): Promise<number>;

  isReachable(): Promise<boolean>;
  close(): Promise<void>;
}

/** A category slug that is already taken (the unique index decided). */
export class DuplicateSlugError extends Error {
  constructor(readonly slug: string) {
    super(`slug ${slug} is already taken`);
    this.name = 'DuplicateSlugError';
  }
}

/** A write could not get its turn in time (lock contention); nothing was written; retry. */
export class StoreBusyError extends AppError {
  /** The lock that could not be taken (for logs, not for callers). */
  readonly key: string;

  constructor(key: string) {
    super(ErrorCode.CONFLICT, 'The item is busy; retry shortly', { retryable: true });
    this.key = key;
    this.name = 'StoreBusyError';
  }
}
