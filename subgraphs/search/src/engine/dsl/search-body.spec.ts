import type { SearchRequest } from '../search-engine';
import { buildSearchBody, parseSearchResponse } from './search-body';
import { buildSuggestBody } from './suggest-body';

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({
  text: null,
  filter: {},
  sort: 'NEWEST',
  first: 20,
  after: null,
  withFacets: false,
  ...overrides,
});

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
// The builders return plain JSON (`Record<string, unknown>`); the assertions walk into it freely.
const searchBody = (...args: Parameters<typeof buildSearchBody>): Body => buildSearchBody(...args);
const suggestBody = (...args: Parameters<typeof buildSuggestBody>): Body => buildSuggestBody(...args);

describe('search query DSL', () => {
  it('passes text only to multi_match, never to a query-string parser', () => {
    const hostile = 'name:foo AND * OR /re.*x/ {"$gt": ""}';
    const body = searchBody(request({ text: hostile, sort: 'RELEVANCE' }));
    expect(JSON.stringify(body)).not.toMatch(/query_string|simple_query_string|regexp|wildcard/);
    expect(body.query.bool.must).toEqual([
      {
        multi_match: {
          query: hostile,
          type: 'cross_fields',
          operator: 'and',
          fields: ['name^3', 'brand.text^2', 'categoryNames^2', 'attributeValues', 'description'],
        },
      },
    ]);
  });

  it('browses with filters only, ACTIVE always, fetching one extra hit and exact totals', () => {
    const body = searchBody(request({ filter: { categoryId: 'c1', inStock: true } }));
    expect(body.query.bool.must).toEqual([]);
    expect(body.query.bool.filter).toEqual([
      { term: { status: 'ACTIVE' } },
      { term: { categoryIds: 'c1' } },
      { range: { stockAvailable: { gt: 0 } } },
    ]);
    expect(body.size).toBe(21);
    expect(body.track_total_hits).toBe(true);
    expect(body.post_filter).toBeUndefined();
    expect(body.aggs).toBeUndefined();
  });

  it('applies brand, price and rating after the facets (post_filter), each facet ignoring its own', () => {
    const body = searchBody(
      request({
        filter: { brands: ['Apple', 'ACME'], minPrice: 100, maxPrice: 900, minRating: 4 },
        withFacets: true,
      }),
    );
    const brand = { terms: { 'brand.lower': ['apple', 'acme'] } };
    const price = { range: { price: { gte: 100, lte: 900 } } };
    const rating = { range: { rating: { gte: 4 } } };
    expect(body.post_filter).toEqual({ bool: { filter: [brand, price, rating] } });
    expect(body.aggs.brands.filter).toEqual({ bool: { filter: [price, rating] } });
    expect(body.aggs.priceRanges.filter).toEqual({ bool: { filter: [brand, rating] } });
    expect(body.aggs.ratings.filter).toEqual({ bool: { filter: [brand, price] } });
    expect(body.aggs.categories.filter).toEqual({ bool: { filter: [brand, price, rating] } });
    expect(body.aggs.priceRanges.aggs.values.range.ranges).toEqual([
      { key: '0-1000', from: 0, to: 1000 },
      { key: '1000-5000', from: 1000, to: 5000 },
      { key: '5000-10000', from: 5000, to: 10000 },
      { key: '10000-50000', from: 10000, to: 50000 },
      { key: '50000-', from: 50000 },
    ]);
  });

  it.each([
    ['RELEVANCE', [{ _score: { order: 'desc' } }, { productId: { order: 'asc' } }]],
    ['PRICE_ASC', [{ price: { order: 'asc' } }, { productId: { order: 'asc' } }]],
    ['PRICE_DESC', [{ price: { order: 'desc' } }, { productId: { order: 'asc' } }]],
    [
      'RATING',
      [
        { rating: { order: 'desc', missing: -1 } },
        { ratingCount: { order: 'desc', missing: 0 } },
        { productId: { order: 'asc' } },
      ],
    ],
    ['NEWEST', [{ createdAt: { order: 'desc' } }, { productId: { order: 'asc' } }]],
  ] as const)('sorts %s with the product id as the last tie-break', (sort, expected) => {
    expect(searchBody(request({ sort, text: 'x' })).sort).toEqual(expected);
  });

  it('continues after the previous page with search_after', () => {
    expect(searchBody(request({ after: [1700000000000, 'p1'] })).search_after).toEqual([1700000000000, 'p1']);
  });

  it('reads hits, the next-page flag and zero-filled facets from a response', () => {
    const page = parseSearchResponse(
      {
        hits: {
          total: { value: 3 },
          hits: [
            { _id: 'a', sort: [2, 'a'] },
            { _id: 'b', sort: [1, 'b'] },
          ],
        },
        aggregations: {
          brands: { values: { buckets: [{ key: 'Acme', doc_count: 3 }] } },
          categories: {
            values: {
              buckets: [{ key: 'c1', doc_count: 3, name: { buckets: [{ key: 'Phones', doc_count: 3 }] } }],
            },
          },
          priceRanges: { values: { buckets: { '0-1000': { doc_count: 1 }, '50000-': { doc_count: 2 } } } },
          ratings: {
            values: {
              buckets: {
                '4': { doc_count: 1 },
                '3': { doc_count: 1 },
                '2': { doc_count: 2 },
                '1': { doc_count: 2 },
              },
            },
          },
        },
      },
      request({ first: 1, withFacets: true }),
    );
    expect(page.totalCount).toBe(3);
    expect(page.hits).toEqual([{ productId: 'a', sortValues: [2, 'a'] }]);
    expect(page.hasNextPage).toBe(true);
    expect(page.facets!.categories).toEqual([{ value: 'c1', count: 3, label: 'Phones' }]);
    expect(page.facets!.priceRanges.map((f) => f.count)).toEqual([1, 0, 0, 0, 2]);
    expect(page.facets!.ratings.map((f) => f.count)).toEqual([1, 1, 2, 2]);
  });
});

describe('suggest query DSL', () => {
  it('matches the edge n-grams exactly and fuzzily, ACTIVE only, one hit per folded name', () => {
    const body = suggestBody('iphnoe', 8);
    expect(body.size).toBe(8);
    expect(body.query.bool.filter).toEqual([{ term: { status: 'ACTIVE' } }]);
    expect(body.query.bool.should[1].match['name.autocomplete']).toMatchObject({
      query: 'iphnoe',
      fuzziness: 'AUTO',
    });
    expect(body.collapse).toEqual({ field: 'name.folded' });
  });
});
