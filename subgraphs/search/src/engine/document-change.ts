import type { ProductFields, ProductWrite, StockReading } from './search-engine';

/**
 * One versioned change to a search document, the single write both adapters implement: each part is
 * applied only when it is not older than what the document holds (content by its version, stock by its
 * reading time); rating has no clock (last write wins). A document may exist with only some parts (stock
 * arrived before the product), and is searchable only once its content says ACTIVE.
 */
export interface DocumentChange {
  productId: string;
  /** `fields: null` is a tombstone: the product was deleted at `version`. */
  content: { version: number; fields: ProductFields | null } | null;
  stock: StockReading | null;
  rating: { average: number | null; count: number } | null;
}

export const DELETED_STATUS = 'DELETED';

export const documentChange = {
  upsert: (write: ProductWrite): DocumentChange => ({
    productId: write.productId,
    content: { version: write.version, fields: write.fields },
    stock: write.stock,
    rating: null,
  }),
  stock: (productId: string, stock: StockReading): DocumentChange => ({
    productId,
    content: null,
    stock,
    rating: null,
  }),
  /** A tombstone also zeroes the stock at its time, so no older write of either part gets through. */
  delete: (productId: string, version: number): DocumentChange => ({
    productId,
    content: { version, fields: null },
    stock: { available: 0, version },
    rating: null,
  }),
  rating: (productId: string, average: number | null, count: number): DocumentChange => ({
    productId,
    content: null,
    stock: null,
    rating: { average, count },
  }),
};
