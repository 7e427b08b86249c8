import { request } from 'undici';
import { errorCodes, graphql } from '@commerce/testing';
import { active, productId, products, ratingOf, writeOf } from './engine/products.fixture';
import { startSearchHarness, SearchHarness } from './testing/search-harness';

/** The search subgraph over HTTP, as the gateway calls it (PostgreSQL engine, the embedded default). */
let harness: SearchHarness;

const SEARCH = `
  query Search($query: String, $filter: SearchFilter, $sort: SearchSort, $first: Int, $after: String) {
    search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      edges { cursor node { id } }
      pageInfo { hasNextPage endCursor }
      facets {
        brands { value count }
        categories { value label count }
        priceRanges { value count }
        ratings { value label count }
      }
    }
  }`;

const SEARCH_IDS = `
  query SearchIds($query: String, $filter: SearchFilter, $sort: SearchSort, $first: Int, $after: String) {
    search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      edges { cursor node { id } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

const SUGGEST = `
  query Suggest($prefix: String!, $limit: Int) {
    suggest(prefix: $prefix, limit: $limit) { text product { id } }
  }`;

interface SearchData {
  search: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { id: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets?: Record<string, Array<{ value: string; count: number; label?: string | null }>>;
  };
}

const search = (variables: Record<string, unknown>) =>
  graphql<SearchData, Record<string, unknown>>(harness.url, SEARCH, variables);
const searchIds = (variables: Record<string, unknown>) =>
  graphql<SearchData, Record<string, unknown>>(harness.url, SEARCH_IDS, variables);
const suggest = (variables: Record<string, unknown>) =>
  graphql<{ suggest: Array<{ text: string; product: { id: string } | null }> }, Record<string, unknown>>(
    harness.url,
    SUGGEST,
    variables,
  );

beforeAll(async () => {
  harness = await startSearchHarness('postgres');
  const { engine } = harness.service.stores;
  for (const x of products) {
    await engine.upsertProduct(writeOf(x));
    const rating = ratingOf(x);
    if (rating) await engine.updateRating(x.id, rating);
  }
  await engine.refresh();
});

afterAll(() => harness.stop());

describe('search over HTTP', () => {
  it('answers an anonymous caller with a connection of product references and facets', async () => {
    const response = await search({ query: 'iphone', first: 2 });
    expect(response.errors).toBeUndefined();
    const result = response.data!.search;
    expect(result.totalCount).toBe(3);
    expect(result.edges).toHaveLength(2);
    expect(result.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([productId(1)]));
    expect(result.pageInfo).toEqual({ hasNextPage: true, endCursor: result.edges[1].cursor });
    expect(result.facets!.brands).toEqual([
      { value: 'Apple', count: 2 },
      { value: 'Casely', count: 1 },
    ]);
    expect(result.facets!.priceRanges.reduce((n, f) => n + f.count, 0)).toBe(3);
    expect(result.facets!.ratings[0]).toEqual({ value: '4', label: '4+', count: 2 });
  });

  it('pages through everything with `after`, no repeats or gaps, and browses NEWEST without a query', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: Awaited<ReturnType<typeof searchIds>> = await searchIds({ first: 4, after });
      expect(response.errors).toBeUndefined();
      const page = response.data!.search;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(active.map((x) => x.id).sort());
    const newest = await searchIds({ sort: 'NEWEST', first: 100 });
    expect(newest.data!.search.edges.map((e) => e.node.id)).toEqual(seen);
  });

  it('filters and sorts as asked', async () => {
    const response = await searchIds({
      filter: { brands: ['apple'], inStock: true, minPrice: 50000 },
      sort: 'PRICE_DESC',
    });
    expect(response.data!.search.edges.map((e) => e.node.id)).toEqual([productId(6), productId(1)]);
  });

  it.each([
    ['"a" OR 1=1'],
    ['{"$gt": ""}'],
    ['name:foo AND *'],
    ['(\\'],
    ['/regex/'],
    ['nul\u0000byte'],
    ["'; DROP TABLE search_documents; --"],
  ])('treats %j as plain text, without errors', async (query) => {
    const response = await search({ query });
    expect(response.errors).toBeUndefined();
    expect(response.data!.search.totalCount).toBeLessThan(active.length);
  });

  it.each([
    ['an over-long query', { query: 'x'.repeat(201) }, 'query'],
    ['first above 100', { first: 101 }, 'first'],
    ['first of 0', { first: 0 }, 'first'],
    ['a forged cursor', { after: 'bm90IGEgY3Vyc29y' }, 'after'],
    ['a malformed category id', { filter: { categoryId: '1 OR 1=1' } }, 'filter.categoryId'],
    ['minPrice above maxPrice', { filter: { minPrice: 10, maxPrice: 1 } }, 'filter.minPrice'],
    ['a rating above 5', { filter: { minRating: 9 } }, 'filter.minRating'],
  ])('refuses %s with BAD_USER_INPUT', async (_what, variables, field) => {
    const response = await searchIds(variables);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions!.details).toEqual({ field });
  });

  it('refuses a cursor issued for another sort', async () => {
    const newest = await searchIds({ first: 1 });
    const response = await searchIds({ sort: 'PRICE_ASC', after: newest.data!.search.pageInfo.endCursor });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses an unknown sort and a wrongly typed argument before running anything', async () => {
    expect(errorCodes(await searchIds({ sort: 'CHEAPEST' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await searchIds({ first: 'ten' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('verifies a bearer token when one is sent', async () => {
    const response = await graphql(harness.url, SEARCH_IDS, {}, { token: 'not-a-jwt' });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('suggest over HTTP', () => {
  it('completes a misspelt prefix with product names and their products', async () => {
    const response = await suggest({ prefix: 'iphnoe' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.suggest).toContainEqual({ text: 'Apple iPhone 15', product: { id: productId(1) } });
  });

  it('returns nothing for a blank prefix and at most `limit` suggestions', async () => {
    expect((await suggest({ prefix: '  ' })).data!.suggest).toEqual([]);
    expect((await suggest({ prefix: 'apple', limit: 1 })).data!.suggest).toHaveLength(1);
  });

  it.each([
    [{ prefix: 'iph', limit: 21 }, 'limit'],
    [{ prefix: 'iph', limit: 0 }, 'limit'],
    [{ prefix: 'x'.repeat(101) }, 'prefix'],
  ])('refuses %j with BAD_USER_INPUT', async (variables, field) => {
    const response = await suggest(variables);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions!.details).toEqual({ field });
  });
});

describe('operations', () => {
  it('is ready when its engine, database and bus are', async () => {
    const response = await request(harness.url.replace('/graphql', '/readyz'));
    expect(response.statusCode).toBe(200);
    expect(await response.body.json()).toEqual({
      status: 'ready',
      checks: { engine: true, database: true, eventBus: true },
    });
  });
});
