/**
 * Catalog and search end to end through the gateway over HTTP, with real tokens from the real users
 * service: category tree and product authorization, near-real-time indexing over RabbitMQ into
 * OpenSearch, entities resolved across subgraphs (search -> catalog -> users), facets, pagination,
 * sub-category filters, and bad or hostile input.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { errorCodes, eventually, graphql } from '@commerce/testing';
import {
  ArchiveProductDocument,
  CategoryByIdDocument,
  CreateCategoryDocument,
  CreateProductDocument,
  CreateProductInput,
  ProductByIdDocument,
  ProductCountDocument,
  ProductFilter,
  ProductListDocument,
  SearchFacetsDocument,
  SearchFilter,
  SearchIdsDocument,
  SearchProductsDocument,
  SearchSort,
  SuggestDocument,
  TopCategoriesDocument,
  UpdateProductDocument,
} from '../generated/graphql';
import { Account, accountsOf, unique } from '../support/accounts';
import { startTestSupergraph, TestSupergraph } from '../support/supergraph';

interface Tree {
  root: string;
  mid: string;
  leaf: string;
}

let supergraph: TestSupergraph<'catalog' | 'search'>;
let url: string;
let admin: Account;
let seller: Account;
let otherSeller: Account;
let buyer: Account;
let signUp: () => Promise<Account>;
let signUpSeller: () => Promise<Account>;

/** Lower-case letters only, so analyzers keep it as one token (no digits, no plural "s" to stem). */
function word(length = 9): string {
  const letters = 'bcdfghjklmnpqrtvwxz';
  const vowels = 'aeiou';
  let out = 'z';
  for (let i = 1; i < length; i++) {
    const pool = i % 2 === 1 ? vowels : letters;
    out += pool[randomBytes(1)[0] % pool.length];
  }
  return out;
}

async function createCategory(name: string, parentId?: string): Promise<string> {
  const response = await graphql(
    url,
    CreateCategoryDocument,
    { input: { name, parentId } },
    { token: admin.token },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.createCategory.id;
}

async function createTree(): Promise<Tree> {
  const tag = unique();
  const root = await createCategory(`Root ${tag}`);
  const mid = await createCategory(`Mid ${tag}`, root);
  const leaf = await createCategory(`Leaf ${tag}`, mid);
  return { root, mid, leaf };
}

function productInput(categoryId: string, overrides: Partial<CreateProductInput> = {}): CreateProductInput {
  return {
    categoryId,
    name: `${word()} kettle`,
    description: 'Boils water quickly and quietly',
    brand: 'Acme',
    price: { amount: 2999, currency: 'EUR' },
    stock: 5,
    ...overrides,
  };
}

async function createProduct(account: Account, input: CreateProductInput) {
  const response = await graphql(url, CreateProductDocument, { input }, { token: account.token });
  expect(response.errors).toBeUndefined();
  return response.data!.createProduct;
}

async function countProducts(filter: ProductFilter): Promise<number> {
  const response = await graphql(url, ProductCountDocument, { filter });
  expect(response.errors).toBeUndefined();
  return response.data!.products!.totalCount;
}

async function searchIds(variables: {
  query?: string;
  filter?: SearchFilter;
  sort?: SearchSort;
  first?: number;
  after?: string | null;
}) {
  const response = await graphql(url, SearchIdsDocument, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.search!;
}

/** Waits until search (OpenSearch, fed by catalog's events) returns exactly `count` products for a filter. */
function indexed(filter: SearchFilter, count: number) {
  return eventually(`search to hold ${count} products`, async () => {
    const result = await searchIds({ filter, first: 1 });
    return result.totalCount === count ? true : undefined;
  });
}

/** Every id of a paged list, following endCursor until hasNextPage is false. */
async function collectPages(
  fetchPage: (after: string | null) => Promise<{
    edges: { node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  }>,
): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const result = await fetchPage(after);
    ids.push(...result.edges.map((edge) => edge.node.id));
    if (!result.pageInfo.hasNextPage) return ids;
    expect(result.pageInfo.endCursor).toBeTruthy();
    after = result.pageInfo.endCursor!;
  }
  throw new Error('pagination did not end after 50 pages');
}

beforeAll(async () => {
  supergraph = await startTestSupergraph({ with: ['catalog', 'search'] });
  url = supergraph.gatewayUrl;
  ({ signUp, signUpSeller } = accountsOf(url, 'cs'));
  admin = await accountsOf(url, 'cs').loginAdmin(supergraph.users.config);
  [seller, otherSeller, buyer] = await Promise.all([signUpSeller(), signUpSeller(), signUp()]);
}, 60_000);

afterAll(async () => {
  await supergraph?.stop();
});

describe('categories', () => {
  it('ADMIN builds a three-level tree; a buyer or seller creating a category gets FORBIDDEN', async () => {
    const tree = await createTree();
    const leaf = await graphql(url, CategoryByIdDocument, { id: tree.leaf });
    expect(leaf.errors).toBeUndefined();
    expect(leaf.data!.category).toMatchObject({
      id: tree.leaf,
      parent: { id: tree.mid },
      children: [],
      path: [{ id: tree.root }, { id: tree.mid }, { id: tree.leaf }],
    });
    const root = await graphql(url, CategoryByIdDocument, { id: tree.root });
    expect(root.data!.category).toMatchObject({
      parent: null,
      children: [{ id: tree.mid }],
      path: [{ id: tree.root }],
    });

    const before = (await graphql(url, TopCategoriesDocument, {})).data!.categories!.length;
    for (const account of [buyer, seller]) {
      const slug = `refused-${unique()}`;
      const refused = await graphql(
        url,
        CreateCategoryDocument,
        { input: { name: 'Not allowed', slug, parentId: null } },
        { token: account.token },
      );
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
      expect((await graphql(url, CategoryByIdDocument, { slug })).data!.category).toBeNull();
    }
    const anonymous = await graphql(url, CreateCategoryDocument, { input: { name: 'Anonymous' } });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect((await graphql(url, TopCategoriesDocument, {})).data!.categories).toHaveLength(before);
  });
});

describe('a new product', () => {
  let tree: Tree;
  beforeAll(async () => {
    tree = await createTree();
  });

  it('is found by search and by typo-tolerant suggest within 2 s, resolved across catalog and users', async () => {
    const name = word(9);
    const product = await createProduct(
      seller,
      productInput(tree.leaf, {
        name: `${name} espresso machine`,
        price: { amount: 45900, currency: 'EUR' },
      }),
    );
    const created = Date.now();
    const typo = `${name[0]}${name[2]}${name[1]}${name.slice(3, 6)}`; // two letters swapped in a 6-letter prefix
    const expected = {
      id: product.id,
      name: `${name} espresso machine`,
      price: { amount: 45900, currency: 'EUR' },
      seller: { username: seller.username },
    };

    const found = await eventually(
      'the product in search and suggest',
      async () => {
        // Search anonymously (the gateway may reuse a public answer for a second: still within 2 s);
        // suggest signed in, which is never answered from that cache: anonymous completions may be
        // up to 30 s old by design (docs/decisions/0017-gateway-response-cache.md).
        const [search, prefix, typoed] = await Promise.all([
          graphql(url, SearchProductsDocument, { query: `${name} espresso` }),
          graphql(url, SuggestDocument, { prefix: name.slice(0, 5), limit: 20 }, { token: buyer.token }),
          graphql(url, SuggestDocument, { prefix: typo, limit: 20 }, { token: buyer.token }),
        ]);
        for (const response of [search, prefix, typoed]) expect(response.errors).toBeUndefined();
        const hit = search.data!.search!.edges.find((edge) => edge.node.id === product.id);
        const byPrefix = prefix.data!.suggest!.find((s) => s.product?.id === product.id);
        const byTypo = typoed.data!.suggest!.find((s) => s.product?.id === product.id);
        return hit && byPrefix && byTypo
          ? { hit, byPrefix, byTypo, total: search.data!.search!.totalCount }
          : undefined;
      },
      { timeoutMs: 5000, intervalMs: 50 },
    );
    const elapsed = Date.now() - created;

    expect(found.total).toBe(1);
    expect(found.hit.node).toEqual(expected);
    expect(found.byPrefix).toEqual({ text: expected.name, product: expected });
    expect(found.byTypo).toEqual({ text: expected.name, product: expected });
    expect(elapsed).toBeLessThan(2000);
  });

  it('refuses buyers, and other sellers editing or archiving it, then disappears from search once its owner archives it', async () => {
    const name = word(9);
    const product = await createProduct(seller, productInput(tree.leaf, { name: `${name} toaster` }));

    const inCategory = await countProducts({ categoryId: tree.leaf });
    const byBuyer = await graphql(
      url,
      CreateProductDocument,
      { input: productInput(tree.leaf) },
      { token: buyer.token },
    );
    expect(errorCodes(byBuyer)).toEqual(['FORBIDDEN']);
    expect(byBuyer.data).toBeNull();
    expect(await countProducts({ categoryId: tree.leaf })).toBe(inCategory);
    expect(await countProducts({ sellerId: buyer.id })).toBe(0);

    const edit = await graphql(
      url,
      UpdateProductDocument,
      { id: product.id, input: { name: 'Stolen toaster', price: { amount: 1, currency: 'EUR' } } },
      { token: otherSeller.token },
    );
    expect(errorCodes(edit)).toEqual(['FORBIDDEN']);
    const archive = await graphql(
      url,
      ArchiveProductDocument,
      { id: product.id },
      { token: otherSeller.token },
    );
    expect(errorCodes(archive)).toEqual(['FORBIDDEN']);
    const byBuyerArchive = await graphql(
      url,
      ArchiveProductDocument,
      { id: product.id },
      { token: buyer.token },
    );
    expect(errorCodes(byBuyerArchive)).toEqual(['FORBIDDEN']);
    const unchanged = await graphql(url, ProductByIdDocument, { id: product.id });
    expect(unchanged.errors).toBeUndefined();
    expect(unchanged.data!.product).toEqual(product);

    await eventually('the product in search', async () => {
      const result = await searchIds({ query: name });
      return result.edges.some((edge) => edge.node.id === product.id) ? true : undefined;
    });
    const archived = await graphql(url, ArchiveProductDocument, { id: product.id }, { token: seller.token });
    expect(archived.errors).toBeUndefined();
    expect(archived.data!.archiveProduct).toMatchObject({
      id: product.id,
      status: 'ARCHIVED',
      name: product.name,
    });
    await eventually('the archived product to leave search and suggest', async () => {
      const [result, suggestions] = await Promise.all([
        searchIds({ query: name }),
        graphql(url, SuggestDocument, { prefix: name.slice(0, 6), limit: 20 }),
      ]);
      const suggested = suggestions.data!.suggest!.some((s) => s.product?.id === product.id);
      return result.totalCount === 0 && result.edges.length === 0 && !suggested ? true : undefined;
    });
    // Still readable by id (orders and reviews keep showing it), just not listed.
    const afterwards = await graphql(url, ProductByIdDocument, { id: product.id });
    expect(afterwards.data!.product).toMatchObject({ id: product.id, status: 'ARCHIVED' });
    expect(await countProducts({ categoryId: tree.leaf })).toBe(inCategory - 1);
  });
});

describe('facets', () => {
  it('brand and price-range counts add up to totalCount under a filter, and ignore only their own filter', async () => {
    const tree = await createTree();
    const rows: [string, number, number][] = [
      // brand, price (minor units), stock
      ['Alder', 500, 3],
      ['Alder', 4500, 3],
      ['Alder', 12000, 3],
      ['Alder', 60000, 0], // out of stock: excluded by inStock
      ['Birch', 999, 2],
      ['Birch', 7000, 2],
      ['Cedar', 75000, 1],
    ];
    for (const [brand, amount, stock] of rows) {
      await createProduct(
        seller,
        productInput(tree.leaf, { brand, price: { amount, currency: 'EUR' }, stock }),
      );
    }
    await indexed({ categoryId: tree.root }, rows.length);

    const facets = async (filter: SearchFilter) => {
      const response = await graphql(url, SearchFacetsDocument, { filter });
      expect(response.errors).toBeUndefined();
      return response.data!.search!;
    };
    const sum = (buckets: { count: number }[]) => buckets.reduce((total, bucket) => total + bucket.count, 0);

    const inStock = await facets({ categoryId: tree.root, inStock: true });
    expect(inStock.totalCount).toBe(6);
    expect(sum(inStock.facets.brands)).toBe(inStock.totalCount);
    expect(sum(inStock.facets.priceRanges)).toBe(inStock.totalCount);
    expect(inStock.facets.brands).toEqual([
      { value: 'Alder', count: 3 },
      { value: 'Birch', count: 2 },
      { value: 'Cedar', count: 1 },
    ]);
    expect(inStock.facets.priceRanges).toEqual([
      { value: '0-1000', count: 2 },
      { value: '1000-5000', count: 1 },
      { value: '5000-10000', count: 1 },
      { value: '10000-50000', count: 1 },
      { value: '50000-', count: 1 },
    ]);

    // A brands filter: price ranges still add up; the brand facet keeps the other brands' counts.
    const birch = await facets({ categoryId: tree.root, brands: ['birch'] });
    expect(birch.totalCount).toBe(2);
    expect(sum(birch.facets.priceRanges)).toBe(2);
    expect(birch.facets.brands).toEqual([
      { value: 'Alder', count: 4 },
      { value: 'Birch', count: 2 },
      { value: 'Cedar', count: 1 },
    ]);

    // A price filter: brands add up; the price facet ignores it.
    const cheap = await facets({ categoryId: tree.root, maxPrice: 4999 });
    expect(cheap.totalCount).toBe(3);
    expect(sum(cheap.facets.brands)).toBe(3);
    expect(sum(cheap.facets.priceRanges)).toBe(rows.length);
  });
});

describe('pagination', () => {
  it('never repeats or skips a product, in search (with price ties) and in the products list', async () => {
    const tree = await createTree();
    const tag = word(8);
    const amounts = [1500, 1500, 1500, 900, 2500, 1500, 900, 4000, 1500];
    for (const [i, amount] of amounts.entries()) {
      await createProduct(
        i % 2 === 0 ? seller : otherSeller,
        productInput(i % 3 === 0 ? tree.mid : tree.leaf, {
          name: `${tag} lamp ${word(6)}`,
          price: { amount, currency: 'EUR' },
        }),
      );
    }
    await indexed({ categoryId: tree.root }, amounts.length);

    for (const sort of ['PRICE_ASC', 'PRICE_DESC', 'NEWEST', 'RELEVANCE'] as const) {
      const variables = { query: tag, filter: { categoryId: tree.root }, sort };
      const paged = await collectPages((after) => searchIds({ ...variables, first: 2, after }));
      const all = await searchIds({ ...variables, first: 100 });
      expect(all.totalCount).toBe(amounts.length);
      expect(all.pageInfo.hasNextPage).toBe(false);
      expect(new Set(paged).size).toBe(paged.length);
      expect(paged).toEqual(all.edges.map((edge) => edge.node.id));
    }
    const prices = await graphql(url, SearchProductsDocument, {
      query: tag,
      filter: { categoryId: tree.root },
      sort: 'PRICE_ASC',
      first: 100,
    });
    expect(prices.data!.search!.edges.map((edge) => edge.node.price.amount)).toEqual(
      [...amounts].sort((a, b) => a - b),
    );

    const filter = { categoryId: tree.root };
    const listed = await collectPages(async (after) => {
      const response = await graphql(url, ProductListDocument, { filter, first: 2, after });
      expect(response.errors).toBeUndefined();
      return response.data!.products!;
    });
    const one = await graphql(url, ProductListDocument, { filter, first: 100 });
    expect(one.data!.products!.totalCount).toBe(amounts.length);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toEqual(one.data!.products!.edges.map((edge) => edge.node.id));
  });
});

describe('category filter', () => {
  it('includes sub-categories, in products() and in search', async () => {
    const tree = await createTree();
    const atRoot = await createProduct(seller, productInput(tree.root));
    const atMid = await createProduct(seller, productInput(tree.mid));
    const atLeaf = await createProduct(otherSeller, productInput(tree.leaf));
    const sibling = await createCategory(`Sibling ${unique()}`, tree.root);
    const atSibling = await createProduct(seller, productInput(sibling));

    const listed = async (categoryId: string) => {
      const response = await graphql(url, ProductListDocument, { filter: { categoryId }, first: 100 });
      expect(response.errors).toBeUndefined();
      expect(response.data!.products!.totalCount).toBe(response.data!.products!.edges.length);
      return response.data!.products!.edges.map((edge) => edge.node.id).sort();
    };
    const ids = (...products: { id: string }[]) => products.map((p) => p.id).sort();
    expect(await listed(tree.root)).toEqual(ids(atRoot, atMid, atLeaf, atSibling));
    expect(await listed(tree.mid)).toEqual(ids(atMid, atLeaf));
    expect(await listed(tree.leaf)).toEqual(ids(atLeaf));
    expect(await listed(sibling)).toEqual(ids(atSibling));

    await indexed({ categoryId: tree.root }, 4);
    const searched = async (categoryId: string) =>
      (await searchIds({ filter: { categoryId }, first: 100 })).edges.map((edge) => edge.node.id).sort();
    expect(await searched(tree.mid)).toEqual(ids(atMid, atLeaf));
    expect(await searched(tree.leaf)).toEqual(ids(atLeaf));
  });
});

describe('bad input changes nothing', () => {
  let tree: Tree;
  let known: { id: string; name: string };
  beforeAll(async () => {
    tree = await createTree();
    known = await createProduct(seller, productInput(tree.leaf, { name: `${word()} blender` }));
    await indexed({ categoryId: tree.root }, 1);
  });

  const cases: [string, () => CreateProductInput][] = [
    ['a negative price', () => productInput(tree.leaf, { price: { amount: -1, currency: 'EUR' } })],
    ['an unknown categoryId', () => productInput(randomUUID())],
    ['a 10 000-character name', () => productInput(tree.leaf, { name: 'n'.repeat(10_000) })],
  ];
  it.each(cases)('createProduct with %s is BAD_USER_INPUT', async (_name, makeInput) => {
    const before = await countProducts({ sellerId: seller.id });
    const response = await graphql(
      url,
      CreateProductDocument,
      { input: makeInput() },
      { token: seller.token },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.js:\d+/i);
    expect(await countProducts({ sellerId: seller.id })).toBe(before);
  });

  it('updateProduct with a negative price is BAD_USER_INPUT and leaves the product as it was', async () => {
    const before = (await graphql(url, ProductByIdDocument, { id: known.id })).data!.product;
    const response = await graphql(
      url,
      UpdateProductDocument,
      { id: known.id, input: { price: { amount: -100, currency: 'EUR' } } },
      { token: seller.token },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect((await graphql(url, ProductByIdDocument, { id: known.id })).data!.product).toEqual(before);
  });

  const hostile = [
    '"a" OR 1=1',
    '{"$gt": ""}',
    'name:foo AND *',
    '(',
    '\\',
    '\\\\',
    '/.*/',
    "'; DROP TABLE products; --",
  ];
  it.each(hostile)('search %j is plain text: no error, no match-all', async (query) => {
    const everything = await searchIds({ first: 1 });
    expect(everything.totalCount).toBeGreaterThan(0);
    const result = await graphql(url, SearchIdsDocument, { query, first: 100 });
    expect(result.errors).toBeUndefined();
    expect(result.status).toBe(200);
    expect(result.data!.search!.totalCount).toBe(result.data!.search!.edges.length);
    expect(result.data!.search!.totalCount).toBeLessThan(everything.totalCount);
    const suggestions = await graphql(url, SuggestDocument, { prefix: query });
    expect(suggestions.errors).toBeUndefined();
    // The data is still there, and still found by its name.
    const found = await searchIds({ query: known.name });
    expect(found.edges.map((edge) => edge.node.id)).toEqual([known.id]);
  });

  it('a query with a hostile fragment around a real word still finds only that product', async () => {
    const term = known.name.split(' ')[0];
    for (const query of [`"${term}"`, `(${term}`, `${term}*`, `${term}\\`]) {
      const result = await searchIds({ query });
      expect(result.edges.map((edge) => edge.node.id)).toEqual([known.id]);
    }
  });

  it('a 300-character search query or suggest prefix is BAD_USER_INPUT', async () => {
    const search = await graphql(url, SearchIdsDocument, { query: 'q'.repeat(300) });
    expect(errorCodes(search)).toEqual(['BAD_USER_INPUT']);
    const suggest = await graphql(url, SuggestDocument, { prefix: 'p'.repeat(300) });
    expect(errorCodes(suggest)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('catalog under concurrent writes', () => {
  // Regression: product writes used to read categories through the pool while holding a pooled
  // connection and the row lock; more concurrent writes than DATABASE_POOL_SIZE (10) then starved the
  // pool and failed with INTERNAL after pg-pool's 5 s connect timeout.
  it('more concurrent product updates than the pool size all succeed', async () => {
    const tree = await createTree();
    const products = [];
    for (let i = 0; i < 16; i++) products.push(await createProduct(seller, productInput(tree.leaf)));
    const results = await Promise.all(
      products.map((product, i) =>
        graphql(
          url,
          UpdateProductDocument,
          { id: product.id, input: { price: { amount: 3000 + i, currency: 'EUR' } } },
          { token: seller.token },
        ),
      ),
    );
    expect(results.flatMap((response) => errorCodes(response))).toEqual([]);
  });
});
