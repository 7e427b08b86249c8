import type { SearchRequest } from '../search-engine';
import { SORT_KEYS } from '../sort-keys';
import { documentChange } from '../document-change';
import { toRow } from './document-sql';
import { buildSearchSql, buildSuggestSql, escapeLike, keysetPredicate, SqlParams } from './search-sql';

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({
  text: null,
  filter: {},
  sort: 'NEWEST',
  first: 20,
  after: null,
  withFacets: false,
  ...overrides,
});

describe('search SQL', () => {
  it('keeps every user value out of the SQL text (bind parameters only)', () => {
    const hostile = "'); DROP TABLE search_documents; -- name:foo";
    const { sql, params } = buildSearchSql(
      request({
        text: hostile,
        sort: 'RELEVANCE',
        filter: {
          categoryId: "c'1",
          brands: ["O'Brien"],
          minPrice: 1,
          maxPrice: 2,
          minRating: 3,
          inStock: true,
        },
        after: [0.5, "p'1"],
        withFacets: true,
      }),
    );
    expect(sql).not.toContain(hostile);
    expect(sql).not.toContain("O'Brien");
    expect(sql).not.toContain("c'1");
    expect(params).toEqual([hostile, "c'1", ["o'brien"], 1, 2, 3, 0.5, "p'1", 21]);
    expect(sql).toContain('plainto_tsquery');
    expect(sql).not.toMatch(/(?<!plain)to_tsquery\(|websearch_to_tsquery/);
  });

  it('browses without a text condition and computes facets only when asked', () => {
    const { sql } = buildSearchSql(request());
    expect(sql).not.toContain('@@');
    expect(sql).not.toContain('AS brands');
    expect(buildSearchSql(request({ withFacets: true })).sql).toContain('AS brands');
  });

  it('continues after a cursor with one comparison per key, in each key’s direction', () => {
    expect(keysetPredicate(SORT_KEYS.NEWEST, [1767225600000, 'p1'], new SqlParams())).toBe(
      "((created_at < ('epoch'::timestamptz + $1::bigint * interval '1 millisecond')) OR " +
        "(created_at = ('epoch'::timestamptz + $1::bigint * interval '1 millisecond') AND product_id > $2::text))",
    );
    const params = new SqlParams();
    expect(keysetPredicate(SORT_KEYS.RATING, [4.5, 10, 'p1'], params)).toBe(
      '((coalesce(rating, -1) < $1::float8) OR ' +
        '(coalesce(rating, -1) = $1::float8 AND coalesce(rating_count, 0) < $2::int) OR ' +
        '(coalesce(rating, -1) = $1::float8 AND coalesce(rating_count, 0) = $2::int AND product_id > $3::text))',
    );
    expect(params.values).toEqual([4.5, 10, 'p1']);
    expect(keysetPredicate(SORT_KEYS.PRICE_ASC, [100, 'p2'], new SqlParams())).toBe(
      '((price > $1::bigint) OR (price = $1::bigint AND product_id > $2::text))',
    );
  });

  it('escapes LIKE wildcards in suggestion prefixes', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
    expect(buildSuggestSql('a%', 5).params).toEqual(['a%', 'a\\%', 5]);
  });
});

describe('document rows', () => {
  it('writes a tombstone as status DELETED with no content', () => {
    const row = toRow(documentChange.delete('p1', 7));
    expect(row).toMatchObject({
      product_id: 'p1',
      status: 'DELETED',
      name: null,
      content_version: 7,
      stock_available: 0,
    });
  });

  it('leaves the parts a change is not about null, which the merge keeps as they are', () => {
    const row = toRow(documentChange.stock('p1', { available: 2, version: 3 }));
    expect(row).toMatchObject({
      content_version: null,
      status: null,
      stock_available: 2,
      stock_version: 3,
      rating_count: null,
      rating_version: null,
    });
  });
});
