/**
 * What search keeps of a product, part by part: catalog's content, a stock reading and reviews'
 * rating aggregate, each with its own version. The engine port (search-engine.ts) and the versioned
 * change both adapters apply (document-change.ts) speak these types; they live here, apart from both,
 * so neither has to import the other.
 */
type ProductStatus = 'DRAFT' | 'ACTIVE' | 'ARCHIVED';

/** The searchable content of a product, as catalog described it. Times are epoch milliseconds. */
export interface ProductFields {
  sellerId: string;
  /** The product's own category. */
  categoryId: string;
  categoryName: string;
  /** Ids and names of the category path, root first, own category last. */
  categoryIds: string[];
  categoryNames: string[];
  name: string;
  description: string;
  brand: string | null;
  attributeValues: string[];
  /** Minor units. */
  price: number;
  currency: string;
  status: ProductStatus;
  createdAt: number;
}

/** A product's content with its version (catalog's `updatedAt`, epoch ms) and a stock reading. */
export interface ProductWrite {
  productId: string;
  fields: ProductFields;
  version: number;
  stock: StockReading;
  /**
   * The reviews aggregate search holds for the product (its `product_ratings` table), attached by the
   * indexer and the reindex: catalog knows nothing of ratings. Absent: the document's rating stays.
   */
  rating?: ProductRating | null;
}

/** The reviews aggregate of a product, as reviews published it. */
export interface ProductRating {
  /** Two decimals; null when `count` is 0. */
  average: number | null;
  count: number;
  /** Reviews' row version of the aggregate, +1 on every change: the newest wins. */
  version: number;
}

/** Stock available at `version` (epoch ms of the reading: the event or the snapshot time). */
export interface StockReading {
  available: number;
  version: number;
}
