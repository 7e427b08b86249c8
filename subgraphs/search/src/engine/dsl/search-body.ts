/**
 * Query DSL for `search`, shared by OpenSearch and (later) Elasticsearch 8: request bodies in, plain
 * results out. Text is only ever passed to `multi_match`, which analyses it as plain text; nothing
 * here uses `query_string`, so query syntax in user input (`name:foo AND *`, `/regex/`) is just words.
 */
import {
  BRAND_FACET_SIZE,
  CATEGORY_FACET_SIZE,
  PRICE_RANGES,
  priceFacets,
  RATING_THRESHOLDS,
  ratingFacets,
} from '../facets';
import type { FacetCount, SearchFacets, SearchFilter, SearchPage, SearchRequest } from '../search-engine';
import { MISSING_RATING, MISSING_RATING_COUNT, SORT_KEYS, SortKey } from '../sort-keys';

type Json = Record<string, unknown>;

/** Field weights: a match in the name counts most, then brand and categories. */
const TEXT_FIELDS = ['name^3', 'brand.text^2', 'categoryNames^2', 'attributeValues', 'description'];

const ACTIVE: Json = { term: { status: 'ACTIVE' } };

/** The filters each facet may ignore (disjunctive facets, see facets.ts). */
interface DisjunctiveFilters {
  brand?: Json;
  price?: Json;
  rating?: Json;
}

function disjunctiveFilters(filter: SearchFilter): DisjunctiveFilters {
  const result: DisjunctiveFilters = {};
  if (filter.brands?.length) {
    result.brand = { terms: { 'brand.lower': filter.brands.map((b) => b.toLowerCase()) } };
  }
  if (filter.minPrice !== undefined || filter.maxPrice !== undefined) {
    result.price = { range: { price: { gte: filter.minPrice, lte: filter.maxPrice } } };
  }
  if (filter.minRating !== undefined) result.rating = { range: { rating: { gte: filter.minRating } } };
  return result;
}

/** Filters every hit and every facet must pass. */
function conjunctiveFilters(filter: SearchFilter): Json[] {
  const clauses = [ACTIVE];
  if (filter.categoryId) clauses.push({ term: { categoryIds: filter.categoryId } });
  if (filter.inStock) clauses.push({ range: { stockAvailable: { gt: 0 } } });
  return clauses;
}

const all = (...clauses: Array<Json | undefined>): Json => ({
  bool: { filter: clauses.filter((c): c is Json => c !== undefined) },
});

function sortClause(key: SortKey): Json {
  switch (key.name) {
    case 'score':
      return { _score: { order: key.direction } };
    case 'rating':
      return { rating: { order: key.direction, missing: MISSING_RATING } };
    case 'ratingCount':
      return { ratingCount: { order: key.direction, missing: MISSING_RATING_COUNT } };
    default:
      return { [key.name]: { order: key.direction } };
  }
}

function facetAggregations(d: DisjunctiveFilters): Json {
  const ordered = [{ _count: 'desc' }, { _key: 'asc' }];
  return {
    brands: {
      filter: all(d.price, d.rating),
      aggs: { values: { terms: { field: 'brand', size: BRAND_FACET_SIZE, order: ordered } } },
    },
    categories: {
      filter: all(d.brand, d.price, d.rating),
      aggs: {
        values: {
          terms: { field: 'categoryId', size: CATEGORY_FACET_SIZE, order: ordered },
          aggs: { name: { terms: { field: 'categoryName', size: 1 } } },
        },
      },
    },
    priceRanges: {
      filter: all(d.brand, d.rating),
      aggs: {
        values: {
          range: {
            field: 'price',
            keyed: true,
            ranges: PRICE_RANGES.map((r) => ({
              key: r.key,
              from: r.from,
              ...(r.to === null ? {} : { to: r.to }),
            })),
          },
        },
      },
    },
    ratings: {
      filter: all(d.brand, d.price),
      aggs: {
        values: {
          range: {
            field: 'rating',
            keyed: true,
            ranges: RATING_THRESHOLDS.map((t) => ({ key: String(t), from: t })),
          },
        },
      },
    },
  };
}

/** The `_search` body for a request; one extra hit is fetched to know whether a next page exists. */
export function buildSearchBody(request: SearchRequest): Json {
  const d = disjunctiveFilters(request.filter);
  const must = request.text
    ? [{ multi_match: { query: request.text, type: 'cross_fields', operator: 'and', fields: TEXT_FIELDS } }]
    : [];
  const postFilters = [d.brand, d.price, d.rating].filter((c): c is Json => c !== undefined);
  return {
    size: request.first + 1,
    _source: false,
    track_total_hits: true,
    query: { bool: { must, filter: conjunctiveFilters(request.filter) } },
    // Disjunctive filters apply to hits after the facets saw the wider set.
    ...(postFilters.length ? { post_filter: all(...postFilters) } : {}),
    sort: SORT_KEYS[request.sort].map(sortClause),
    ...(request.after ? { search_after: request.after } : {}),
    ...(request.withFacets ? { aggs: facetAggregations(d) } : {}),
  };
}

interface TermsBucket {
  key: string;
  doc_count: number;
  name?: { buckets: TermsBucket[] };
}

interface SearchResponseBody {
  hits: { total?: { value: number } | number; hits: Array<{ _id: string; sort?: Array<string | number> }> };
  aggregations?: Record<
    string,
    { values: { buckets: TermsBucket[] | Record<string, { doc_count: number }> } }
  >;
}

/** Turns a `_search` response into a page of hits and facets. */
export function parseSearchResponse(body: unknown, request: SearchRequest): SearchPage {
  const response = body as SearchResponseBody;
  const total = response.hits.total;
  const hits = response.hits.hits.map((hit) => ({ productId: hit._id, sortValues: hit.sort ?? [] }));
  return {
    totalCount: typeof total === 'number' ? total : (total?.value ?? 0),
    hits: hits.slice(0, request.first),
    hasNextPage: hits.length > request.first,
    facets: request.withFacets && response.aggregations ? parseFacets(response.aggregations) : null,
  };
}

function parseFacets(aggs: NonNullable<SearchResponseBody['aggregations']>): SearchFacets {
  const terms = (name: string) => aggs[name].values.buckets as TermsBucket[];
  const keyed = (name: string) =>
    Object.entries(aggs[name].values.buckets as Record<string, { doc_count: number }>);
  return {
    brands: terms('brands').map((b): FacetCount => ({ value: b.key, count: b.doc_count, label: null })),
    categories: terms('categories').map((b): FacetCount => ({
      value: b.key,
      count: b.doc_count,
      label: b.name?.buckets[0]?.key ?? null,
    })),
    priceRanges: priceFacets(new Map(keyed('priceRanges').map(([key, b]) => [key, b.doc_count]))),
    ratings: ratingFacets(new Map(keyed('ratings').map(([key, b]) => [Number(key), b.doc_count]))),
  };
}
