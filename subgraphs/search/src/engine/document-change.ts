import type { ProductFields, ProductRating, ProductWrite, StockReading } from './product-document';

/**
 * One versioned change to a search document, the single write both adapters implement: each part is
 * applied only when it is not older than what the document holds (content by its version, stock by its
 * reading time, rating by the reviews aggregate's version). A document may exist with only some parts
 * (stock or rating arrived before the product), and is searchable only once its content says ACTIVE.
 */
export interface DocumentChange {
  productId: string;
  /** `fields: null` is a tombstone: the product was deleted at `version`. */
  content: { version: number; fields: ProductFields | null } | null;
  stock: StockReading | null;
  rating: ProductRating | null;
}

export const DELETED_STATUS = 'DELETED';

export const documentChange = {
  upsert: (write: ProductWrite): DocumentChange => ({
    productId: write.productId,
    content: { version: write.version, fields: write.fields },
    stock: write.stock,
    rating: write.rating ?? null,
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
  rating: (productId: string, rating: ProductRating): DocumentChange => ({
    productId,
    content: null,
    stock: null,
    rating,
  }),
};

/** The newer of two versioned parts; on a tie the later one, as the engines apply equal versions. */
function newer<T extends { version: number }>(earlier: T | null, later: T | null): T | null {
  if (!earlier) return later;
  if (!later) return earlier;
  return later.version >= earlier.version ? later : earlier;
}

/**
 * Two changes of one product as one: the newest of each part. Applying the result leaves the document
 * as applying `earlier` then `later` would, since every part is guarded by its own version.
 */
export function mergeChanges(earlier: DocumentChange, later: DocumentChange): DocumentChange {
  return {
    productId: later.productId,
    content: newer(earlier.content, later.content),
    stock: newer(earlier.stock, later.stock),
    rating: newer(earlier.rating, later.rating),
  };
}

/**
 * One change per product, in order of first appearance, each the merge of all its changes: a batch
 * then writes every document once (PostgreSQL cannot touch a row twice in one statement, and one bulk
 * item per document is cheaper than several).
 */
export function collapseChanges(changes: readonly DocumentChange[]): DocumentChange[] {
  const byProduct = new Map<string, DocumentChange>();
  for (const change of changes) {
    const seen = byProduct.get(change.productId);
    byProduct.set(change.productId, seen ? mergeChanges(seen, change) : change);
  }
  return [...byProduct.values()];
}
