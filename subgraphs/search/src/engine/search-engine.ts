/**
 * The search engine port: one interface, two adapters (OpenSearch for the full stack, PostgreSQL
 * full-text for embedded mode), one contract suite (`search-engine.contract.ts`) run against both on
 * their real engines.
 *
 * What every implementation guarantees:
 * - Only documents whose status is ACTIVE are returned by `search` and `suggest`.
 * - Text matching is plain text, never a query language: every term of the query must occur (after
 *   stemming, case and accent folding) in the name, brand, category names, attribute values or
 *   description; a match in the name ranks above a match elsewhere. Any string is safe to pass.
 * - Filters: `categoryId` matches the category or any descendant (any id of the category path),
 *   `brands` any of (case-insensitive), `minPrice`/`maxPrice` inclusive minor units, `minRating`
 *   inclusive (unrated products never pass), `inStock` = stockAvailable > 0.
 * - Sorting is total: every sort ends with the product id, so keyset pages (`after` = the sort values
 *   of the last hit) never repeat or skip a product, ties included, while the index does not change.
 * - Facets are counted over the filtered set, disjunctively (see `facets.ts`): each facet ignores its
 *   own filter and applies all the others; the category facet applies every filter (drill-down).
 * - Ratings: `minRating` and the RATING sort read the reviews aggregate (average, count). An unrated
 *   product (no aggregate, or count 0) never passes `minRating` and sorts after every rated one under
 *   RATING (ties: higher count first, then product id).
 * - Writes are versioned and idempotent: content by the product's `updatedAt`, stock by the time of
 *   the stock reading, rating by the aggregate's own version (reviews' row version); each part is
 *   guarded on its own, and a part older than what the document holds changes nothing, so events may
 *   arrive out of order or twice. A part may arrive before the product (stock, rating): it is kept and
 *   the product's content completes the document. Deletes leave a tombstone so a late update cannot
 *   resurrect a product.
 * - `applyChanges` applies many changes in one request/statement (the indexer's batches): several
 *   changes for one product collapse to the newest of each part, and a change the engine refuses
 *   fails alone, reported in its outcome, while the others are applied.
 * - `reindex` builds a complete new index beside the live one, catches up with writes made meanwhile,
 *   and swaps atomically: searches keep answering throughout and see either the old or the new index.
 * - Writes become visible to `search` within about one second (near real time); `refresh` makes
 *   everything written so far visible at once (tests, after bulk loads).
 */
import type { EntityManager } from 'typeorm';
import type { DocumentChange } from './document-change';
import type { ProductRating, ProductWrite, StockReading } from './product-document';

export type SearchSort = 'RELEVANCE' | 'PRICE_ASC' | 'PRICE_DESC' | 'RATING' | 'NEWEST';

/** What `applyChanges` did with one product's change. */
export type ChangeOutcome =
  | { status: 'changed' }
  /** Every part was older than (or the same as) what the document holds. */
  | { status: 'unchanged' }
  /** The engine refused this document (e.g. a value its mapping cannot hold); others were applied. */
  | { status: 'failed'; error: string };

/** The sort values of one hit, in the order of its sort; the last one is always the product id. */
export type SortValues = Array<string | number>;

export interface SearchFilter {
  categoryId?: string;
  /** Non-empty when present. */
  brands?: string[];
  minPrice?: number;
  maxPrice?: number;
  minRating?: number;
  /** true: only products with stock; false/absent: no stock condition. */
  inStock?: boolean;
}

export interface SearchRequest {
  /** Normalised plain text (trimmed, single spaces), or null to browse. */
  text: string | null;
  filter: SearchFilter;
  /** The effective sort: RELEVANCE is only asked with text (the service maps it to NEWEST otherwise). */
  sort: SearchSort;
  first: number;
  /** Sort values of the last hit of the previous page. */
  after: SortValues | null;
  /** Facets cost aggregations: computed only when asked. */
  withFacets: boolean;
}

export interface FacetCount {
  value: string;
  count: number;
  /** A human-readable name when `value` is an id (categories). */
  label: string | null;
}

export interface SearchFacets {
  brands: FacetCount[];
  categories: FacetCount[];
  priceRanges: FacetCount[];
  ratings: FacetCount[];
}

interface SearchHit {
  productId: string;
  sortValues: SortValues;
}

export interface SearchPage {
  totalCount: number;
  hits: SearchHit[];
  hasNextPage: boolean;
  /** Null when `withFacets` was false. */
  facets: SearchFacets | null;
}

export interface SuggestionHit {
  text: string;
  productId: string;
}

/**
 * Where a write runs. The PostgreSQL adapter writes inside `transaction` (the inbox's), so the
 * document and the processed-event row commit together; adapters outside PostgreSQL ignore it and
 * rely on versioned, idempotent writes instead.
 */
export interface WriteOptions {
  transaction?: EntityManager;
}

export interface ReindexReport {
  /** Documents loaded from the source. */
  indexed: number;
  /** Live documents changed during the load and carried over to the new index. */
  caughtUp: number;
  durationMs: number;
  productsPerSecond: number;
  /** Name of the index or table now live. */
  target: string;
}

export interface ReindexOptions {
  onProgress?: (indexed: number) => void;
  /**
   * Live changes made up to this long before the reindex started are carried over too (default
   * CATCH_UP_MARGIN_MS): covers writes in flight at the start and clock differences between writers.
   */
  catchUpMarginMs?: number;
}

export interface SearchEngine {
  readonly kind: 'opensearch' | 'postgres';
  /** Creates the index/alias or checks the tables; idempotent, safe for replicas starting together. */
  init(): Promise<void>;
  isReachable(): Promise<boolean>;

  search(request: SearchRequest): Promise<SearchPage>;
  /** Typo-tolerant completion of product names, one suggestion per distinct name, best first. */
  suggest(prefix: string, limit: number): Promise<SuggestionHit[]>;

  /** Applies content if `write.version` is not older than the document's, stock likewise. */
  upsertProduct(write: ProductWrite, options?: WriteOptions): Promise<boolean>;
  updateStock(productId: string, stock: StockReading, options?: WriteOptions): Promise<boolean>;
  /** Tombstones the product at `version` (epoch ms of the deletion). */
  deleteProduct(productId: string, version: number, options?: WriteOptions): Promise<boolean>;
  /** Applies the reviews aggregate if its version is not older than the document's. */
  updateRating(productId: string, rating: ProductRating, options?: WriteOptions): Promise<boolean>;
  /**
   * Applies many changes in one round trip; the outcome per product id. Rejects only when the engine
   * could not be asked at all (unreachable), never for one bad document.
   */
  applyChanges(changes: DocumentChange[], options?: WriteOptions): Promise<Map<string, ChangeOutcome>>;

  /**
   * Rebuilds the index from a full export (pages of products, each with its rating), keeping the
   * changes made while it ran, then swaps it in with zero downtime. Returns what it did and how fast.
   */
  reindex(pages: AsyncIterable<ProductWrite[]>, options?: ReindexOptions): Promise<ReindexReport>;
  /** Makes all writes so far visible to search. */
  refresh(): Promise<void>;
  close(): Promise<void>;
}

/** The engine cannot be reached (connection refused, timeout): the caller may retry later. */
export class SearchUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`search engine unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'SearchUnavailableError';
  }
}
