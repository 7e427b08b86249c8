/**
 * The catalog's GraphQL API on a running service (ephemeral port) over its full-stack store (FerretDB),
 * with real RS256 tokens verified through the service's JWKS client.
 */
import { randomUUID } from 'node:crypto';
import { Role } from '@commerce/auth';
import type { EventEnvelope } from '@commerce/events';
import { errorCodes, eventually, graphql } from '@commerce/testing';
import { CatalogHarness, startCatalogHarness } from './testing/catalog-harness';

let harness: CatalogHarness;
let admin: string;
let seller: { token: string; userId: string };
let otherSeller: { token: string; userId: string };
let buyer: string;
let root: { id: string; slug: string };
let phones: { id: string; slug: string };

const PRODUCT_FIELDS = `id name description brand price { amount currency } images attributes { name value }
  stockAvailable status createdAt updatedAt seller { id } category { id slug path { slug } }`;
const CREATE_PRODUCT = `mutation ($input: CreateProductInput!) { createProduct(input: $input) { ${PRODUCT_FIELDS} } }`;
const UPDATE_PRODUCT = `mutation ($id: ID!, $input: UpdateProductInput!) {
  updateProduct(id: $id, input: $input) { id name price { amount currency } status brand } }`;
const ADJUST = `mutation ($productId: ID!, $delta: Int!, $reason: String) {
  adjustInventory(productId: $productId, delta: $delta, reason: $reason) { id stockAvailable } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveProduct(id: $id) { id status } }`;
const CREATE_CATEGORY = `mutation ($input: CreateCategoryInput!) { createCategory(input: $input) { id name slug } }`;
const PRODUCT = `query ($id: ID!) { product(id: $id) { id name status stockAvailable } }`;
const PRODUCTS = `query ($filter: ProductFilter, $first: Int, $after: String) {
  products(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { id name status category { id } } } pageInfo { hasNextPage endCursor } } }`;

type Product = { id: string; name: string; status: string; stockAvailable: number; [key: string]: unknown };

const call = <T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
) => graphql<T, Record<string, unknown>>(harness.url, query, variables, { token });

function productInput(overrides: Record<string, unknown> = {}) {
  return {
    categoryId: phones.id,
    name: `Phone ${randomUUID().slice(0, 8)}`,
    description: 'A very good phone',
    brand: 'Acme',
    price: { amount: 49900, currency: 'eur' },
    images: ['https://img.example.com/phone.jpg'],
    attributes: [{ name: 'colour', value: 'black' }],
    stock: 10,
    ...overrides,
  };
}

async function createProduct(token: string, overrides: Record<string, unknown> = {}): Promise<Product> {
  const response = await call<{ createProduct: Product }>(
    CREATE_PRODUCT,
    { input: productInput(overrides) },
    token,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.createProduct;
}

const eventFor = (type: string, productId: string, where: (e: EventEnvelope) => boolean = () => true) =>
  eventually(`${type} for ${productId}`, async () =>
    harness.events.find(
      (e) => e.type === type && (e.data as { productId: string }).productId === productId && where(e),
    ),
  );

beforeAll(async () => {
  harness = await startCatalogHarness('mongo');
  admin = harness.issuer.token([Role.BUYER, Role.ADMIN]).token;
  seller = harness.issuer.token([Role.BUYER, Role.SELLER]);
  otherSeller = harness.issuer.token([Role.BUYER, Role.SELLER]);
  buyer = harness.issuer.token([Role.BUYER]).token;
  const created = await call<{ createCategory: { id: string; slug: string } }>(
    CREATE_CATEGORY,
    { input: { name: 'Électronique & Gadgets' } },
    admin,
  );
  root = created.data!.createCategory;
  const child = await call<{ createCategory: { id: string; slug: string } }>(
    CREATE_CATEGORY,
    { input: { name: 'Mobile Phones', parentId: root.id } },
    admin,
  );
  phones = child.data!.createCategory;
});

afterAll(async () => {
  await harness.stop();
});

describe('categories', () => {
  it('derives slugs, builds the tree and answers tree queries', async () => {
    expect(root.slug).toBe('electronique-and-gadgets');
    expect(phones.slug).toBe('mobile-phones');
    const tree = await call<{ category: Record<string, unknown> }>(
      `query ($slug: String) { category(slug: $slug) { id parent { id } children { id } path { slug } } }`,
      { slug: 'mobile-phones' },
    );
    expect(tree.data!.category).toEqual({
      id: phones.id,
      parent: { id: root.id },
      children: [],
      path: [{ slug: root.slug }, { slug: phones.slug }],
    });
    const roots = await call<{ categories: { id: string; children: { id: string }[] }[] }>(
      `{ categories { id children { id } } }`,
      {},
    );
    expect(roots.data!.categories).toEqual([{ id: root.id, children: [{ id: phones.id }] }]);
    const children = await call<{ categories: { id: string }[] }>(
      `query ($p: ID) { categories(parentId: $p) { id } }`,
      { p: root.id },
    );
    expect(children.data!.categories).toEqual([{ id: phones.id }]);
  });

  it('lets only ADMIN create categories, refuses taken slugs and unknown parents, writes nothing', async () => {
    const before = await harness.counts();
    const denied = await call(CREATE_CATEGORY, { input: { name: 'Toys' } }, seller.token);
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    const taken = await call(CREATE_CATEGORY, { input: { name: 'Mobile phones!' } }, admin);
    expect(errorCodes(taken)).toEqual(['CONFLICT']);
    expect(taken.errors![0].extensions!.details).toEqual({ field: 'slug' });
    const orphan = await call(CREATE_CATEGORY, { input: { name: 'Orphan', parentId: randomUUID() } }, admin);
    expect(errorCodes(orphan)).toEqual(['BAD_USER_INPUT']);
    expect(orphan.errors![0].extensions!.details).toEqual({ field: 'parentId' });
    const badSlug = await call(CREATE_CATEGORY, { input: { name: 'Toys', slug: 'Not A Slug' } }, admin);
    expect(badSlug.errors![0].extensions!.details).toEqual({ field: 'slug' });
    const either = await call(`query ($id: ID, $slug: String) { category(id: $id, slug: $slug) { id } }`, {
      id: root.id,
      slug: root.slug,
    });
    expect(errorCodes(either)).toEqual(['BAD_USER_INPUT']);
    expect(await harness.counts()).toEqual(before);
  });
});

describe('products', () => {
  it('lets a seller create a product, stored and published with its indexing snapshot', async () => {
    const product = await createProduct(seller.token);
    expect(product).toMatchObject({
      price: { amount: 49900, currency: 'EUR' },
      status: 'ACTIVE',
      stockAvailable: 10,
      seller: { id: seller.userId },
      category: { id: phones.id, slug: phones.slug, path: [{ slug: root.slug }, { slug: phones.slug }] },
    });
    const event = await eventFor('product.created', product.id);
    expect(event).toMatchObject({ source: 'catalog', version: 1 });
    expect(event.data).toEqual({
      productId: product.id,
      sellerId: seller.userId,
      categoryId: phones.id,
      categoryPath: [
        { id: root.id, name: 'Électronique & Gadgets', slug: root.slug },
        { id: phones.id, name: 'Mobile Phones', slug: phones.slug },
      ],
      name: product.name,
      description: 'A very good phone',
      brand: 'Acme',
      price: { amount: 49900, currency: 'EUR' },
      images: ['https://img.example.com/phone.jpg'],
      attributes: [{ name: 'colour', value: 'black' }],
      status: 'ACTIVE',
      stockAvailable: 10,
      createdAt: product.createdAt,
      updatedAt: product.updatedAt,
    });
  });

  it('refuses buyers (FORBIDDEN) and anonymous callers (UNAUTHENTICATED) and writes nothing', async () => {
    const before = await harness.counts();
    expect(errorCodes(await call(CREATE_PRODUCT, { input: productInput() }, buyer))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call(CREATE_PRODUCT, { input: productInput() }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await call(CREATE_PRODUCT, { input: productInput() }, admin))).toEqual(['FORBIDDEN']);
    expect(await harness.counts()).toEqual(before);
  });

  it.each([
    ['a negative price', { price: { amount: -1, currency: 'EUR' } }, 'price.amount'],
    ['an unknown currency', { price: { amount: 100, currency: 'ABC' } }, 'price.currency'],
    ['a malformed currency', { price: { amount: 100, currency: 'EURO' } }, 'price.currency'],
    ['an unknown category', { categoryId: randomUUID() }, 'categoryId'],
    ['a non-UUID category id', { categoryId: 'phones' }, 'categoryId'],
    ['a 10 000-character name', { name: 'n'.repeat(10_000) }, 'name'],
    ['an empty name', { name: '   ' }, 'name'],
    ['11 images', { images: Array(11).fill('https://img.example.com/a.jpg') }, 'images'],
    ['a non-http image', { images: ['javascript:alert(1)'] }, 'images.0'],
    [
      '51 attributes',
      { attributes: Array.from({ length: 51 }, (_, i) => ({ name: `a${i}`, value: 'v' })) },
      'attributes',
    ],
    [
      'repeated attributes',
      {
        attributes: [
          { name: 'Size', value: 'M' },
          { name: 'size', value: 'L' },
        ],
      },
      'attributes.1.name',
    ],
    ['negative stock', { stock: -5 }, 'stock'],
  ])(
    'refuses %s with BAD_USER_INPUT naming the field, and writes nothing',
    async (_what, override, field) => {
      const before = await harness.counts();
      const response = await call(CREATE_PRODUCT, { input: productInput(override) }, seller.token);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].extensions!.details).toEqual({ field });
      expect(await harness.counts()).toEqual(before);
    },
  );

  it('lets only the owner or ADMIN edit, archive and adjust; others change nothing', async () => {
    const product = await createProduct(seller.token);
    const denied = await call(
      UPDATE_PRODUCT,
      { id: product.id, input: { name: 'Hijacked' } },
      otherSeller.token,
    );
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call(ARCHIVE, { id: product.id }, buyer))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call(ADJUST, { productId: product.id, delta: 5 }, otherSeller.token))).toEqual([
      'FORBIDDEN',
    ]);
    const unchanged = await call<{ product: Product }>(PRODUCT, { id: product.id });
    expect(unchanged.data!.product).toMatchObject({
      name: product.name,
      status: 'ACTIVE',
      stockAvailable: 10,
    });

    const updated = await call<{ updateProduct: Record<string, unknown> }>(
      UPDATE_PRODUCT,
      {
        id: product.id,
        input: { name: 'Renamed phone', price: { amount: 45900, currency: 'EUR' }, brand: null },
      },
      seller.token,
    );
    expect(updated.data!.updateProduct).toMatchObject({ name: 'Renamed phone', brand: null });
    await eventFor(
      'product.updated',
      product.id,
      (e) => (e.data as { name: string }).name === 'Renamed phone',
    );

    const archived = await call<{ archiveProduct: Product }>(ARCHIVE, { id: product.id }, admin);
    expect(archived.data!.archiveProduct.status).toBe('ARCHIVED');
    const event = await eventFor(
      'product.updated',
      product.id,
      (e) => (e.data as { status: string }).status === 'ARCHIVED',
    );
    expect(event.data).toMatchObject({ name: 'Renamed phone', price: { amount: 45900, currency: 'EUR' } });
    expect((await call<{ product: Product }>(PRODUCT, { id: product.id })).data!.product.status).toBe(
      'ARCHIVED',
    );
  });

  it('adjusts stock, never below zero (CONFLICT), and publishes inventory.changed', async () => {
    const product = await createProduct(seller.token, { stock: 3 });
    const added = await call<{ adjustInventory: Product }>(
      ADJUST,
      { productId: product.id, delta: 5, reason: 'delivery' },
      seller.token,
    );
    expect(added.data!.adjustInventory.stockAvailable).toBe(8);
    const event = await eventFor('inventory.changed', product.id);
    expect(event.data).toEqual({
      productId: product.id,
      stockAvailable: 8,
      delta: 5,
      reason: 'adjustment: delivery',
    });
    const tooMuch = await call(ADJUST, { productId: product.id, delta: -9 }, seller.token);
    expect(errorCodes(tooMuch)).toEqual(['CONFLICT']);
    expect(tooMuch.errors![0].extensions!.details).toMatchObject({ stockAvailable: 8 });
    const zero = await call(ADJUST, { productId: product.id, delta: 0 }, seller.token);
    expect(zero.errors![0].extensions!.details).toEqual({ field: 'delta' });
    expect((await call<{ product: Product }>(PRODUCT, { id: product.id })).data!.product.stockAvailable).toBe(
      8,
    );
    const missing = await call(ADJUST, { productId: randomUUID(), delta: 1 }, seller.token);
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
  });

  it('hides drafts from everyone but their seller and admins', async () => {
    const draft = await createProduct(seller.token, { status: 'DRAFT' });
    expect(
      (await call<{ product: Product | null }>(PRODUCT, { id: draft.id }, buyer)).data!.product,
    ).toBeNull();
    expect((await call<{ product: Product }>(PRODUCT, { id: draft.id }, seller.token)).data!.product.id).toBe(
      draft.id,
    );
    const foreign = await call(
      PRODUCTS,
      { filter: { sellerId: seller.userId, status: 'DRAFT' } },
      otherSeller.token,
    );
    expect(errorCodes(foreign)).toEqual(['FORBIDDEN']);
    const own = await call<{ products: { edges: { node: Product }[] } }>(
      PRODUCTS,
      { filter: { sellerId: seller.userId, status: 'DRAFT' } },
      seller.token,
    );
    expect(own.data!.products.edges.map((e) => e.node.id)).toContain(draft.id);
    expect(errorCodes(await call(PRODUCT, { id: 'not-a-uuid' }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('listing', () => {
  it('pages a seller’s products with cursors, totals and sub-category filters', async () => {
    const lister = harness.issuer.token([Role.SELLER]);
    const made: Product[] = [];
    for (let i = 0; i < 5; i++)
      made.push(await createProduct(lister.token, i === 0 ? { categoryId: root.id } : {}));
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- connection JSON the test walks into
      const page: Awaited<ReturnType<typeof call<{ products: Record<string, any> }>>> = await call(PRODUCTS, {
        filter: { sellerId: lister.userId },
        first: 2,
        after,
      });
      expect(page.errors).toBeUndefined();
      const products = page.data!.products;
      expect(products.totalCount).toBe(5);
      seen.push(...products.edges.map((e: { node: Product }) => e.node.id));
      if (!products.pageInfo.hasNextPage) break;
      after = products.pageInfo.endCursor;
    }
    expect(seen).toEqual(made.map((p) => p.id).reverse());
    const inPhones = await call<{ products: { totalCount: number } }>(PRODUCTS, {
      filter: { sellerId: lister.userId, categoryId: phones.id },
    });
    expect(inPhones.data!.products.totalCount).toBe(4);
    const inRoot = await call<{ products: { totalCount: number } }>(PRODUCTS, {
      filter: { sellerId: lister.userId, categoryId: root.id },
    });
    expect(inRoot.data!.products.totalCount).toBe(5);
    const badCursor = await call(PRODUCTS, { after: 'garbage' });
    expect(badCursor.errors![0].extensions!.details).toEqual({ field: 'after' });
    const badFirst = await call(PRODUCTS, { first: 1000 });
    expect(badFirst.errors![0].extensions!.details).toEqual({ field: 'first' });
  });
});

describe('federation', () => {
  it('resolves many Product and Category references with one store query each', async () => {
    const products = [await createProduct(seller.token), await createProduct(seller.token)];
    const draft = await createProduct(seller.token, { status: 'DRAFT' });
    const productSpy = jest.spyOn(harness.service.services.products, 'findByIds');
    const categorySpy = jest.spyOn(harness.service.services.categories, 'findByIds');
    const representations = [
      ...products.map((p) => ({ __typename: 'Product', id: p.id })),
      { __typename: 'Product', id: randomUUID() },
      { __typename: 'Product', id: draft.id },
      { __typename: 'Category', id: phones.id },
      { __typename: 'Category', id: root.id },
    ];
    const response = await graphql<{ _entities: ({ id: string } | null)[] }, unknown>(
      harness.url,
      `
        query ($r: [_Any!]!) {
          _entities(representations: $r) {
            ... on Product {
              id
              name
              category {
                id
              }
            }
            ... on Category {
              id
              slug
            }
          }
        }
      `,
      { r: representations },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities.map((e) => e?.id ?? null)).toEqual([
      products[0].id,
      products[1].id,
      null,
      null, // a draft is not visible to an anonymous caller
      phones.id,
      root.id,
    ]);
    expect(productSpy).toHaveBeenCalledTimes(1);
    expect(categorySpy).toHaveBeenCalledTimes(1);
    productSpy.mockRestore();
    categorySpy.mockRestore();
  });
});

describe('runtime', () => {
  it('reports the store and the bus in /readyz', async () => {
    const ready = await fetch(`${harness.base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { store: true, eventBus: true } });
  });
});
