import type { Money } from '@commerce/contracts';

/**
 * The cart's view of the catalog: what it needs to know about a product to put it in a cart and price
 * it. The catalog subgraph owns products; the cart never stores more than a price snapshot.
 */
type ProductStatus = 'DRAFT' | 'ACTIVE' | 'ARCHIVED';

export interface CatalogProduct {
  id: string;
  name: string;
  status: ProductStatus;
  /** Current list price in minor units. */
  price: Money;
  /** Units that can be sold now (stock minus reservations). */
  stockAvailable: number;
  sellerId: string;
}

/**
 * Port to the catalog. Every implementation guarantees:
 * - one call answers for all `ids` (no per-id round trips);
 * - ids the catalog does not know are absent from the map (never an error);
 * - when the catalog cannot be reached or answers garbage it throws AppError SERVICE_UNAVAILABLE,
 *   never a raw network error, so callers can show "try again" instead of INTERNAL.
 */
export interface ProductCatalog {
  getProducts(ids: readonly string[]): Promise<Map<string, CatalogProduct>>;
  close(): Promise<void>;
}
