import { Client } from 'pg';
import { request } from 'undici';
import { errorCodes, graphql } from '@commerce/testing';
import { startCartHarness, CartHarness } from './testing/cart-harness';
import { cartClient, CartClient } from './testing/cart-operations';
import type { FakeProduct } from './testing/fake-catalog';

let harness: CartHarness;
let db: Client;
const SELLER = '5d1c1f1e-0000-4000-8000-000000000001';

function newBuyer(): { id: string; client: CartClient } {
  const user = harness.identity.user();
  return { id: user.id, client: cartClient(harness.url, user.token) };
}

function product(overrides: Partial<FakeProduct> = {}): FakeProduct {
  return harness.catalog.put({ sellerId: SELLER, ...overrides });
}

/** Everything a bad request could have changed. */
async function state() {
  const rows = await db.query(
    `SELECT (SELECT count(*) FROM carts)::int AS carts,
            (SELECT coalesce(sum(version), 0) FROM carts)::int AS versions,
            (SELECT count(*) FROM cart_items)::int AS items,
            (SELECT coalesce(sum(quantity), 0) FROM cart_items)::int AS units`,
  );
  return rows.rows[0];
}

beforeAll(async () => {
  harness = await startCartHarness();
  db = new Client({ connectionString: harness.database.url });
  await db.connect();
});

afterAll(async () => {
  await db.end();
  await harness.stop();
});

describe('authentication', () => {
  it.each([
    ['cart', (c: CartClient) => c.cart()],
    ['addToCart', (c: CartClient) => c.add('abc', 1)],
    ['updateCartItem', (c: CartClient) => c.update('5d1c1f1e-0000-4000-8000-000000000009', 1)],
    ['removeFromCart', (c: CartClient) => c.remove('5d1c1f1e-0000-4000-8000-000000000009')],
    ['applyCoupon', (c: CartClient) => c.applyCoupon('SAVE10')],
    ['removeCoupon', (c: CartClient) => c.removeCoupon()],
    ['createCoupon', (c: CartClient) => c.createCoupon({ code: 'ANON', kind: 'PERCENT', value: 5 })],
  ])('%s requires a signed-in caller', async (_name, call) => {
    const before = await state();
    const response = await call(cartClient(harness.url));
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(await state()).toEqual(before);
  });

  it('rejects a forged token with HTTP 401', async () => {
    const { token } = harness.identity.user();
    const response = await cartClient(harness.url, token.slice(0, -4) + 'AAAA').cart();
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('the cart', () => {
  it('is created empty on first read, once per buyer', async () => {
    const buyer = newBuyer();
    const first = await buyer.client.cart();
    expect(first.errors).toBeUndefined();
    expect(first.data!.cart).toMatchObject({
      items: [],
      itemCount: 0,
      coupon: null,
      subtotal: { amount: 0, currency: 'USD' },
      total: { amount: 0, currency: 'USD' },
    });
    const again = await buyer.client.cart();
    expect(again.data!.cart.id).toBe(first.data!.cart.id);
    const rows = await db.query('SELECT count(*)::int AS n FROM carts WHERE buyer_id = $1', [buyer.id]);
    expect(rows.rows[0].n).toBe(1);
  });

  it('adds a product with a price snapshot and computes totals in minor units', async () => {
    const buyer = newBuyer();
    const p = product({ price: { amount: 1999, currency: 'USD' }, stockAvailable: 10 });
    const response = await buyer.client.add(p.id, 3);
    expect(response.errors).toBeUndefined();
    const cart = response.data!.addToCart;
    expect(cart.items).toHaveLength(1);
    expect(cart.items[0]).toMatchObject({
      quantity: 3,
      product: { id: p.id },
      priceWhenAdded: { amount: 1999, currency: 'USD' },
      unitPrice: { amount: 1999, currency: 'USD' },
      priceChanged: false,
      available: true,
      lineTotal: { amount: 5997, currency: 'USD' },
    });
    expect(cart.subtotal).toEqual({ amount: 5997, currency: 'USD' });
    expect(cart.discount).toEqual({ amount: 0, currency: 'USD' });
    expect(cart.total).toEqual({ amount: 5997, currency: 'USD' });
    expect(cart.itemCount).toBe(3);
  });

  it('merges a second add of the same product into one line (ids compared without case)', async () => {
    const buyer = newBuyer();
    const p = product();
    await buyer.client.add(p.id, 2);
    const response = await buyer.client.add(p.id.toUpperCase(), 3);
    expect(response.data!.addToCart.items).toHaveLength(1);
    expect(response.data!.addToCart.items[0]).toMatchObject({ quantity: 5, product: { id: p.id } });
  });

  it('merges concurrent adds of the same product correctly', async () => {
    const buyer = newBuyer();
    const p = product({ stockAvailable: 99 });
    const responses = await Promise.all(Array.from({ length: 8 }, () => buyer.client.add(p.id, 2)));
    for (const response of responses) expect(response.errors).toBeUndefined();
    const cart = (await buyer.client.cart()).data!.cart;
    expect(cart.items).toHaveLength(1);
    expect(cart.items[0].quantity).toBe(16);
  });

  it('keeps every line when one buyer adds different products at once, even to a cart not created yet', async () => {
    const buyer = newBuyer();
    const products = Array.from({ length: 6 }, () => product());
    const responses = await Promise.all(products.map((p) => buyer.client.add(p.id, 1)));
    for (const response of responses) expect(response.errors).toBeUndefined();
    const cart = (await buyer.client.cart()).data!.cart;
    expect(cart.items.map((i) => i.product.id).sort()).toEqual(products.map((p) => p.id).sort());
    const rows = await db.query(
      'SELECT count(*)::int AS n, max(version)::int AS version FROM carts WHERE buyer_id = $1',
      [buyer.id],
    );
    // One cart, and each add counted once as a change.
    expect(rows.rows[0]).toEqual({ n: 1, version: 6 });
  });

  it('removes every line when one buyer removes several at once', async () => {
    const buyer = newBuyer();
    for (const p of [product(), product(), product(), product()]) await buyer.client.add(p.id, 1);
    const lines = (await buyer.client.cart()).data!.cart.items;
    const responses = await Promise.all(lines.map((line) => buyer.client.remove(line.id)));
    for (const response of responses) expect(response.errors).toBeUndefined();
    expect((await buyer.client.cart()).data!.cart.items).toEqual([]);
  });

  it('decides a change again when the cart changed while it was being decided', async () => {
    const buyer = newBuyer();
    const p = product({ stockAvailable: 10 });
    const line = (await buyer.client.add(p.id, 1)).data!.addToCart.items[0];
    // A raise asks the catalog for stock; meanwhile the same buyer removes the line in another request.
    harness.catalog.beforeNextAnswer = async () => {
      expect((await buyer.client.remove(line.id)).errors).toBeUndefined();
    };
    expect(errorCodes(await buyer.client.update(line.id, 3))).toEqual(['NOT_FOUND']);
    expect((await buyer.client.cart()).data!.cart.items).toEqual([]);
  });

  it('answers every change with the cart exactly as stored', async () => {
    const buyer = newBuyer();
    const [a, b] = [product(), product()];
    const changes = [
      async () => (await buyer.client.add(a.id, 1)).data!.addToCart,
      async () => (await buyer.client.add(b.id, 2)).data!.addToCart,
      async () => (await buyer.client.add(a.id, 3)).data!.addToCart,
    ];
    for (const change of changes) {
      const answered = await change();
      expect(answered).toEqual((await buyer.client.cart()).data!.cart);
    }
    const [lineA, lineB] = (await buyer.client.cart()).data!.cart.items;
    const raised = (await buyer.client.update(lineA.id, 5)).data!.updateCartItem;
    expect(raised).toEqual((await buyer.client.cart()).data!.cart);
    const removed = (await buyer.client.remove(lineB.id)).data!.removeFromCart;
    expect(removed).toEqual((await buyer.client.cart()).data!.cart);
    expect(removed.items.map((i) => [i.product.id, i.quantity])).toEqual([[a.id, 5]]);
  });

  it('shows when the catalog price changed since the product was added, and totals at the new price', async () => {
    const buyer = newBuyer();
    const p = product({ price: { amount: 1000, currency: 'USD' } });
    await buyer.client.add(p.id, 2);
    harness.catalog.update(p.id, { price: { amount: 1250, currency: 'USD' } });
    const cart = (await buyer.client.cart()).data!.cart;
    expect(cart.items[0]).toMatchObject({
      priceWhenAdded: { amount: 1000 },
      unitPrice: { amount: 1250 },
      priceChanged: true,
      lineTotal: { amount: 2500 },
    });
    expect(cart.total.amount).toBe(2500);
    // Adding again means the buyer accepted the price shown now: the snapshot is refreshed.
    const readded = (await buyer.client.add(p.id, 1)).data!.addToCart;
    expect(readded.items[0]).toMatchObject({
      quantity: 3,
      priceWhenAdded: { amount: 1250 },
      priceChanged: false,
    });
  });

  it('fetches the products of one response in one catalog call', async () => {
    const buyer = newBuyer();
    const products = [product(), product(), product(), product()];
    for (const p of products) await buyer.client.add(p.id, 1);
    const before = harness.catalog.requests;
    const response = await buyer.client.cart();
    expect(response.data!.cart.items).toHaveLength(4);
    expect(harness.catalog.requests - before).toBe(1);
  });

  it('updates a quantity, and quantity 0 removes the line', async () => {
    const buyer = newBuyer();
    const [a, b] = [product(), product()];
    await buyer.client.add(a.id, 1);
    const added = (await buyer.client.add(b.id, 4)).data!.addToCart;
    const lineA = added.items.find((i) => i.product.id === a.id)!;
    const lineB = added.items.find((i) => i.product.id === b.id)!;
    const raised = await buyer.client.update(lineA.id, 7);
    expect(raised.data!.updateCartItem.items.find((i) => i.id === lineA.id)!.quantity).toBe(7);
    const removed = await buyer.client.update(lineB.id, 0);
    expect(removed.data!.updateCartItem.items.map((i) => i.id)).toEqual([lineA.id]);
  });

  it('removes a line', async () => {
    const buyer = newBuyer();
    const p = product();
    const line = (await buyer.client.add(p.id, 1)).data!.addToCart.items[0];
    const response = await buyer.client.remove(line.id);
    expect(response.data!.removeFromCart.items).toEqual([]);
    expect(errorCodes(await buyer.client.remove(line.id))).toEqual(['NOT_FOUND']);
  });

  it('refuses more than the stock with OUT_OF_STOCK, on add and on update', async () => {
    const buyer = newBuyer();
    const p = product({ stockAvailable: 5 });
    const tooMany = await buyer.client.add(p.id, 6);
    expect(errorCodes(tooMany)).toEqual(['OUT_OF_STOCK']);
    expect(tooMany.errors![0].extensions!.details).toEqual({ productId: p.id, requested: 6, available: 5 });
    const line = (await buyer.client.add(p.id, 4)).data!.addToCart.items[0];
    const before = await state();
    // The merged quantity counts: 4 in the cart + 2 more is over the stock of 5.
    expect(errorCodes(await buyer.client.add(p.id, 2))).toEqual(['OUT_OF_STOCK']);
    expect(errorCodes(await buyer.client.update(line.id, 6))).toEqual(['OUT_OF_STOCK']);
    expect(await state()).toEqual(before);
  });

  it('lets a buyer lower a quantity even when stock has dropped below it', async () => {
    const buyer = newBuyer();
    const p = product({ stockAvailable: 10 });
    const line = (await buyer.client.add(p.id, 8)).data!.addToCart.items[0];
    harness.catalog.update(p.id, { stockAvailable: 3 });
    expect((await buyer.client.cart()).data!.cart.items[0].available).toBe(false);
    const lowered = await buyer.client.update(line.id, 6);
    expect(lowered.errors).toBeUndefined();
    expect(lowered.data!.updateCartItem.items[0]).toMatchObject({ quantity: 6, available: false });
  });

  it('holds at most 50 different products (CONFLICT beyond)', async () => {
    const buyer = newBuyer();
    const results = await Promise.all(Array.from({ length: 50 }, () => buyer.client.add(product().id, 1)));
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const before = await state();
    const response = await buyer.client.add(product().id, 1);
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(response.errors![0].extensions!.details).toEqual({ max: 50 });
    expect(await state()).toEqual(before);
  });

  it('keeps one currency per cart', async () => {
    const buyer = newBuyer();
    await buyer.client.add(product().id, 1);
    const euro = product({ price: { amount: 900, currency: 'EUR' } });
    const before = await state();
    const response = await buyer.client.add(euro.id, 1);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions!.details).toMatchObject({
      field: 'productId',
      cartCurrency: 'USD',
    });
    expect(await state()).toEqual(before);
  });
});

describe('bad input is refused with a clear code and changes nothing', () => {
  let buyer: { id: string; client: CartClient };
  let lineId: string;
  let p: FakeProduct;

  beforeAll(async () => {
    buyer = newBuyer();
    p = product({ stockAvailable: 1000 });
    lineId = (await buyer.client.add(p.id, 2)).data!.addToCart.items[0].id;
  });

  it.each([
    ['quantity 0 on add', () => buyer.client.add(p.id, 0), 'BAD_USER_INPUT', 'quantity'],
    ['quantity -1 on add', () => buyer.client.add(p.id, -1), 'BAD_USER_INPUT', 'quantity'],
    ['quantity 10^9 on add', () => buyer.client.add(p.id, 1_000_000_000), 'BAD_USER_INPUT', 'quantity'],
    ['quantity 100 on add', () => buyer.client.add(p.id, 100), 'BAD_USER_INPUT', 'quantity'],
    ['a merge beyond 99', () => buyer.client.add(p.id, 98), 'BAD_USER_INPUT', 'quantity'],
    ['a malformed product id', () => buyer.client.add('not a product!', 1), 'BAD_USER_INPUT', 'productId'],
    ['a 1 MB product id', () => buyer.client.add('a'.repeat(1 << 20), 1), 'BAD_USER_INPUT', 'productId'],
    ['quantity -1 on update', () => buyer.client.update(lineId, -1), 'BAD_USER_INPUT', 'quantity'],
    [
      'quantity 10^9 on update',
      () => buyer.client.update(lineId, 1_000_000_000),
      'BAD_USER_INPUT',
      'quantity',
    ],
    ['a malformed item id', () => buyer.client.update('42', 1), 'BAD_USER_INPUT', 'itemId'],
    ['a malformed item id on remove', () => buyer.client.remove('x'), 'BAD_USER_INPUT', 'itemId'],
  ])('%s', async (_name, call, code, field) => {
    const before = await state();
    const response = await call();
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors![0].extensions!.details).toMatchObject({ field });
    expect(await state()).toEqual(before);
  });

  it('an unknown product is NOT_FOUND', async () => {
    const before = await state();
    expect(errorCodes(await buyer.client.add('0b7c4d6e-1111-4222-8333-944455566677', 1))).toEqual([
      'NOT_FOUND',
    ]);
    expect(await state()).toEqual(before);
  });

  it('a draft product is NOT_FOUND (buyers cannot see drafts)', async () => {
    const draft = product({ status: 'DRAFT' });
    const before = await state();
    expect(errorCodes(await buyer.client.add(draft.id, 1))).toEqual(['NOT_FOUND']);
    expect(await state()).toEqual(before);
  });

  it('an archived product is OUT_OF_STOCK for good', async () => {
    const archived = product({ status: 'ARCHIVED' });
    const before = await state();
    const response = await buyer.client.add(archived.id, 1);
    expect(errorCodes(response)).toEqual(['OUT_OF_STOCK']);
    expect(response.errors![0].message).toBe('This product is no longer available');
    expect(response.errors![0].extensions!.details).toEqual({
      productId: archived.id,
      requested: 1,
      available: 0,
    });
    expect(await state()).toEqual(before);
  });

  it('a quantity that is not an Int is refused by GraphQL itself', async () => {
    const before = await state();
    const response = await buyer.client.send(
      `mutation { addToCart(productId: "${p.id}", quantity: 1.5) { id } }`,
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(await state()).toEqual(before);
  });
});

describe("another buyer's cart", () => {
  it('cannot be changed through its item ids (NOT_FOUND, nothing changes)', async () => {
    const owner = newBuyer();
    const intruder = newBuyer();
    const line = (await owner.client.add(product().id, 2)).data!.addToCart.items[0];
    const before = await state();
    expect(errorCodes(await intruder.client.update(line.id, 5))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await intruder.client.update(line.id, 0))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await intruder.client.remove(line.id))).toEqual(['NOT_FOUND']);
    expect(await state()).toEqual(before);
    expect((await owner.client.cart()).data!.cart.items[0].quantity).toBe(2);
  });

  it('cannot be read through the federation entity resolver', async () => {
    const owner = newBuyer();
    const intruder = harness.identity.user();
    const cartId = (await owner.client.add(product().id, 1)).data!.addToCart.id;
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Cart { id items { quantity } } } }`;
    const asIntruder = await graphql(
      harness.url,
      query,
      { r: [{ __typename: 'Cart', id: cartId }] },
      {
        token: intruder.token,
      },
    );
    expect(asIntruder.data).toEqual({ _entities: [null] });
    const anonymous = await graphql(harness.url, query, { r: [{ __typename: 'Cart', id: cartId }] });
    expect(anonymous.data).toEqual({ _entities: [null] });
    const asOwner = await graphql(
      harness.url,
      query,
      { r: [{ __typename: 'Cart', id: cartId }] },
      {
        token: harness.identity.token(owner.id, ['BUYER']),
      },
    );
    expect(asOwner.data).toEqual({ _entities: [{ id: cartId, items: [{ quantity: 1 }] }] });
  });
});

describe('when the catalog fails', () => {
  afterEach(() => {
    harness.catalog.failWithStatus = null;
  });

  it('answers SERVICE_UNAVAILABLE (not INTERNAL) for what needs prices, and still serves the rest', async () => {
    const buyer = newBuyer();
    const p = product();
    const line = (await buyer.client.add(p.id, 3)).data!.addToCart.items[0];
    harness.catalog.failWithStatus = 503;
    const before = await state();
    expect(errorCodes(await buyer.client.add(product().id, 1))).toEqual(['SERVICE_UNAVAILABLE']);
    const priced = await buyer.client.cart();
    expect(errorCodes(priced)).toContain('SERVICE_UNAVAILABLE');
    expect(await state()).toEqual(before);
    const badge = await buyer.client.send<{ cart: { itemCount: number } }>('{ cart { itemCount } }');
    expect(badge.data).toEqual({ cart: { itemCount: 3 } });
    // Lowering a quantity needs no catalog.
    const lowered = await buyer.client.send<{ updateCartItem: { itemCount: number } }>(
      `mutation { updateCartItem(itemId: "${line.id}", quantity: 1) { itemCount } }`,
    );
    expect(lowered.data).toEqual({ updateCartItem: { itemCount: 1 } });
  });
});

describe('health', () => {
  it('is ready when the database and the bus are', async () => {
    const response = await request(`${harness.baseUrl}/readyz`);
    expect(response.statusCode).toBe(200);
    expect(await response.body.json()).toEqual({
      status: 'ready',
      checks: { database: true, eventBus: true },
    });
  });
});
