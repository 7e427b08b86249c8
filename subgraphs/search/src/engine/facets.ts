/**
 * Facet buckets, shared by every engine so both count the same things.
 *
 * Facets are disjunctive, as on most shop fronts: the brand facet ignores the brands filter, the price
 * facet ignores the price filter and the rating facet ignores minRating (each applies every other
 * filter), so a shopper sees what else a click would add, e.g. other brands with their counts. The
 * category facet applies every filter: categories are a drill-down, not a multi-select. Consequences:
 * without a brands filter the brand counts add up to totalCount (when every product has a brand);
 * without a price filter the price ranges always add up to totalCount.
 */
import type { FacetCount } from './search-engine';

/** Most frequent brands returned (ties by name). */
export const BRAND_FACET_SIZE = 20;
/** Most frequent categories returned (ties by id). Counted by the product's own category. */
export const CATEGORY_FACET_SIZE = 20;

export interface PriceRange {
  /** `from-to` in minor units, `from-` for the open-ended last range. */
  key: string;
  /** Inclusive. */
  from: number;
  /** Exclusive; null for the last range. */
  to: number | null;
}

const PRICE_BOUNDS = [0, 1000, 5000, 10000, 50000];

/** Fixed price ranges in minor units: [0,1000) [1000,5000) [5000,10000) [10000,50000) [50000,∞). */
export const PRICE_RANGES: PriceRange[] = PRICE_BOUNDS.map((from, i) => {
  const to = PRICE_BOUNDS[i + 1] ?? null;
  return { key: `${from}-${to ?? ''}`, from, to };
});

/** Rating facets are cumulative ("4 stars & up"), matching the minRating filter; unrated count in none. */
export const RATING_THRESHOLDS = [4, 3, 2, 1];

/** The range a price falls in (prices are never negative; a negative one counts in the first range). */
export function priceRangeOf(amount: number): PriceRange {
  return PRICE_RANGES.find((r) => r.to === null || amount < r.to)!;
}

/** Every price range in order, zero-filled, from counts by range key. */
export function priceFacets(countsByKey: ReadonlyMap<string, number>): FacetCount[] {
  return PRICE_RANGES.map((r) => ({ value: r.key, count: countsByKey.get(r.key) ?? 0, label: null }));
}

/** Every rating threshold, best first, zero-filled, from counts by threshold. */
export function ratingFacets(countsByThreshold: ReadonlyMap<number, number>): FacetCount[] {
  return RATING_THRESHOLDS.map((t) => ({
    value: String(t),
    count: countsByThreshold.get(t) ?? 0,
    label: `${t}+`,
  }));
}
