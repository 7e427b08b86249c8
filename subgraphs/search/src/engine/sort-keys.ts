import type { SearchSort } from './search-engine';

export type SortKeyName = 'score' | 'price' | 'rating' | 'ratingCount' | 'createdAt' | 'productId';

export interface SortKey {
  name: SortKeyName;
  direction: 'asc' | 'desc';
  kind: 'number' | 'string';
}

const productId: SortKey = { name: 'productId', direction: 'asc', kind: 'string' };

/**
 * The keys of every sort, shared by both engines and the cursor codec. Each ends with the product id,
 * which makes the order total: keyset pagination then never repeats or skips a product on ties.
 * Unrated products sort as rating -1 and count 0 (after every rated product).
 */
export const SORT_KEYS: Record<SearchSort, SortKey[]> = {
  RELEVANCE: [{ name: 'score', direction: 'desc', kind: 'number' }, productId],
  PRICE_ASC: [{ name: 'price', direction: 'asc', kind: 'number' }, productId],
  PRICE_DESC: [{ name: 'price', direction: 'desc', kind: 'number' }, productId],
  RATING: [
    { name: 'rating', direction: 'desc', kind: 'number' },
    { name: 'ratingCount', direction: 'desc', kind: 'number' },
    productId,
  ],
  NEWEST: [{ name: 'createdAt', direction: 'desc', kind: 'number' }, productId],
};

/** Sort value of a missing rating / rating count, so every document has a value for every key. */
export const MISSING_RATING = -1;
export const MISSING_RATING_COUNT = 0;
