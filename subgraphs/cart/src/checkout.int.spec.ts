import { Client } from 'pg';
import { createEvent, EventEnvelope } from '@commerce/events';
import { eventually } from '@commerce/testing';
import { startCartHarness, CartHarness } from './testing/cart-harness';
import { cartClient, CartClient, postQuote, postSettlePaid } from './testing/cart-operations';
import type { FakeProduct } from './testing/fake-catalog';

let harness: CartHarness;
let db: Client;
let admin: CartClient;
let sequence = 0;
const SELLER_A = '5d1c1f1e-0000-4000-8000-00000000000a';
const SELLER_B = '5d1c1f1e-0000-4000-8000-00000000000b';

const nextId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++sequence}`;

function newBuyer(): { id: string; client: CartClient } {
  const user = harness.identity.user();
  return { id: user.id, client: cartClient(harness.url, user.token) };
}

function product(overrides: Partial<FakeProduct> = {}): FakeProduct {
  return harness.catalog.put({ sellerId: SELLER_A, stockAvailable: 100, ...overrides });
}

const quote = (buyerId: string, orderId: string) =>
  postQuote(harness.baseUrl, harness.config.SERVICE_TOKEN, { buyerId, orderId });

async function couponCode(input: Record<string, unknown>): Promise<string> {
  const response = await admin.createCoupon({ code: nextId('Q'), kind: 'PERCENT', value: 10, ...input });
  expect(response.errors).toBeUndefined();
  return response.data!.createCoupon.code;
}

/** A buyer whose cart holds one product (price 1000) and the coupon `code`. */
async function buyerWithCoupon(code: string) {
  const buyer = newBuyer();
  await buyer.client.add(product().id, 1);
  const applied = await buyer.client.applyCoupon(code);
  expect(applied.errors).toBeUndefined();
  return buyer;
}

async function couponUses(code: string): Promise<Record<string, number>> {
  const rows = await db.query(
    `SELECT q.coupon_status AS status, count(*)::int AS n FROM checkout_quotes q
     JOIN coupons c ON c.id = q.coupon_id WHERE c.code = $1 GROUP BY q.coupon_status`,
    [code],
  );
  return Object.fromEntries(rows.rows.map((r) => [r.status, r.n]));
}

async function quoteCount(): Promise<number> {
  return (await db.query('SELECT count(*)::int AS n FROM checkout_quotes')).rows[0].n;
}

function orderEvent(type: string, orderId: string, buyerId: string, extra: Record<string, unknown> = {}) {
  return createEvent('orders', type, { orderId, buyerId, ...extra });
}

beforeAll(async () => {
  harness = await startCartHarness();
  db = new Client({ connectionString: harness.database.url });
  await db.connect();
  admin = cartClient(harness.url, harness.identity.user('ADMIN').token);
});

afterAll(async () => {
  await db.end();
  await harness.stop();
});

describe('POST /internal/carts/checkout-quote', () => {
  it('requires the service token (401) and writes nothing without it', async () => {
    const buyer = newBuyer();
    await buyer.client.add(product().id, 1);
    const before = await quoteCount();
    const anonymous = await postQuote(harness.baseUrl, null, { buyerId: buyer.id, orderId: nextId('o') });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('UNAUTHENTICATED');
    const userToken = harness.identity.token(buyer.id, ['BUYER']);
    const withUserToken = await postQuote(harness.baseUrl, userToken, {
      buyerId: buyer.id,
      orderId: nextId('o'),
    });
    expect(withUserToken.status).toBe(401);
    expect(await quoteCount()).toBe(before);
  });

  it.each([
    ['a missing orderId', { buyerId: 'b' }],
    ['a malformed orderId', { buyerId: 'b', orderId: 'o; drop' }],
    ['a body that is not JSON', '{nope'],
  ])('refuses %s with 400 BAD_USER_INPUT', async (_name, body) => {
    const response = await postQuote(harness.baseUrl, harness.config.SERVICE_TOKEN, body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('BAD_USER_INPUT');
  });

  it('answers 409 CONFLICT "Cart is empty" for a buyer without items', async () => {
    const never = await quote(newBuyer().id, nextId('o'));
    expect(never).toEqual({ status: 409, body: { error: { code: 'CONFLICT', message: 'Cart is empty' } } });
    const emptied = newBuyer();
    const line = (await emptied.client.add(product().id, 1)).data!.addToCart.items[0];
    await emptied.client.remove(line.id);
    expect((await quote(emptied.id, nextId('o'))).body.error).toEqual({
      code: 'CONFLICT',
      message: 'Cart is empty',
    });
  });

  it('quotes every line at the current catalog price, with the coupon and totals', async () => {
    const code = await couponCode({ value: 25 });
    const buyer = newBuyer();
    const shoes = product({ name: 'Shoes', price: { amount: 4999, currency: 'USD' } });
    const socks = product({ name: 'Socks', price: { amount: 333, currency: 'USD' }, sellerId: SELLER_B });
    const cartId = (await buyer.client.add(shoes.id, 1)).data!.addToCart.id;
    const socksLine = (await buyer.client.add(socks.id, 3)).data!.addToCart.items[1];
    await buyer.client.applyCoupon(code);
    harness.catalog.update(shoes.id, { price: { amount: 4500, currency: 'USD' } });
    const orderId = nextId('order');
    const response = await quote(buyer.id, orderId);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      cartId,
      currency: 'USD',
      items: [
        {
          itemId: expect.any(String),
          productId: shoes.id,
          sellerId: SELLER_A,
          name: 'Shoes',
          quantity: 1,
          unitPrice: { amount: 4500, currency: 'USD' },
          lineTotal: { amount: 4500, currency: 'USD' },
        },
        {
          itemId: socksLine.id,
          productId: socks.id,
          sellerId: SELLER_B,
          name: 'Socks',
          quantity: 3,
          unitPrice: { amount: 333, currency: 'USD' },
          lineTotal: { amount: 999, currency: 'USD' },
        },
      ],
      coupon: { code, kind: 'PERCENT', value: 25 },
      subtotal: { amount: 5499, currency: 'USD' },
      discount: { amount: 1375, currency: 'USD' }, // 1374.75 -> 1375
      total: { amount: 4124, currency: 'USD' },
    });
    expect(await couponUses(code)).toEqual({ RESERVED: 1 });
  });

  it('quotes again when the cart changes while it is being priced', async () => {
    const buyer = newBuyer();
    const [first, second] = [product(), product()];
    await buyer.client.add(first.id, 1);
    // While the quote waits for the catalog, the buyer adds another product in another tab.
    harness.catalog.beforeNextAnswer = async () => {
      expect((await buyer.client.add(second.id, 2)).errors).toBeUndefined();
    };
    const orderId = nextId('order');
    const response = await quote(buyer.id, orderId);
    expect(response.status).toBe(200);
    expect(response.body.items.map((i: { productId: string }) => i.productId)).toEqual([first.id, second.id]);
    const recorded = await db.query('SELECT lines FROM checkout_quotes WHERE order_id = $1', [orderId]);
    expect(recorded.rows[0].lines).toEqual([
      { productId: first.id, quantity: 1 },
      { productId: second.id, quantity: 2 },
    ]);
  });

  it('answers 409 OUT_OF_STOCK for an archived product or one short of stock, and records nothing', async () => {
    const buyer = newBuyer();
    const archived = product();
    await buyer.client.add(archived.id, 1);
    harness.catalog.update(archived.id, { status: 'ARCHIVED' });
    const before = await quoteCount();
    const gone = await quote(buyer.id, nextId('o'));
    expect(gone.status).toBe(409);
    expect(gone.body.error).toMatchObject({ code: 'OUT_OF_STOCK', details: { productId: archived.id } });

    const other = newBuyer();
    const scarce = product({ stockAvailable: 5 });
    await other.client.add(scarce.id, 4);
    harness.catalog.update(scarce.id, { stockAvailable: 2 });
    const short = await quote(other.id, nextId('o'));
    expect(short.status).toBe(409);
    expect(short.body.error).toMatchObject({
      code: 'OUT_OF_STOCK',
      details: { productId: scarce.id, requested: 4, available: 2 },
    });
    expect(await quoteCount()).toBe(before);
  });

  it('reserves the coupon once per order, however often the order is quoted', async () => {
    const code = await couponCode({ usageLimit: 1 });
    const buyer = await buyerWithCoupon(code);
    const orderId = nextId('order');
    expect((await quote(buyer.id, orderId)).status).toBe(200);
    const again = await quote(buyer.id, orderId);
    expect(again.status).toBe(200);
    expect(again.body.coupon.code).toBe(code);
    expect(await couponUses(code)).toEqual({ RESERVED: 1 });
    const anotherOrder = await quote(buyer.id, nextId('order'));
    expect(anotherOrder.status).toBe(409);
    expect(anotherOrder.body.error).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'USAGE_LIMIT_REACHED', couponCode: code },
    });
  });

  it('never lets concurrent checkouts exceed the usage limit', async () => {
    const code = await couponCode({ usageLimit: 3 });
    const buyers = await Promise.all(Array.from({ length: 8 }, () => buyerWithCoupon(code)));
    const results = await Promise.all(buyers.map((buyer) => quote(buyer.id, nextId('race'))));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 409, 409, 409, 409, 409]);
    for (const refused of results.filter((r) => r.status === 409)) {
      expect(refused.body.error.details.reason).toBe('USAGE_LIMIT_REACHED');
    }
    expect(await couponUses(code)).toEqual({ RESERVED: 3 });
  });

  it('stops counting a reservation whose order never finished after the reservation TTL', async () => {
    const code = await couponCode({ usageLimit: 1 });
    const first = await buyerWithCoupon(code);
    expect((await quote(first.id, nextId('o'))).status).toBe(200);
    const second = newBuyer();
    await second.client.add(product().id, 1);
    expect((await second.client.applyCoupon(code)).errors![0].extensions!.details).toMatchObject({
      reason: 'USAGE_LIMIT_REACHED',
    });
    await db.query(
      `UPDATE checkout_quotes SET reserved_at = now() - interval '2 hours'
       WHERE coupon_id = (SELECT id FROM coupons WHERE code = $1)`,
      [code],
    );
    expect((await second.client.applyCoupon(code)).errors).toBeUndefined();
    expect((await quote(second.id, nextId('o'))).status).toBe(200);
  });
});

describe('POST /internal/carts/checkout-paid', () => {
  const settle = (body: unknown, token: string | null = harness.config.SERVICE_TOKEN) =>
    postSettlePaid(harness.baseUrl, token, body);

  it('removes what was quoted at once, confirms the coupon, and the later order.paid changes nothing', async () => {
    const code = await couponCode({ value: 10 });
    const buyer = newBuyer();
    const [kept, bought] = [product(), product()];
    await buyer.client.add(kept.id, 2);
    await buyer.client.add(bought.id, 1);
    await buyer.client.applyCoupon(code);
    const orderId = nextId('order');
    const quoted = await quote(buyer.id, orderId);
    expect(quoted.status).toBe(200);
    await buyer.client.add(kept.id, 1);

    const settled = await settle({ buyerId: buyer.id, orderId });
    expect(settled).toEqual({ status: 200, body: { settled: true } });
    // No wait: the answer came after the change was committed.
    const cart = (await buyer.client.cart()).data!.cart;
    expect(cart.items.map((i) => [i.product.id, i.quantity])).toEqual([[kept.id, 1]]);
    expect(cart.coupon).toBeNull();
    expect(await couponUses(code)).toEqual({ CONFIRMED: 1 });

    expect(await settle({ buyerId: buyer.id, orderId })).toEqual({ status: 200, body: { settled: true } });
    const paid = orderEvent('order.paid', orderId, buyer.id, {
      cartId: quoted.body.cartId,
      total: quoted.body.total,
    });
    await harness.bus.publish([paid]);
    await eventually('order.paid to be consumed', async () => {
      const inbox = await db.query('SELECT 1 FROM inbox WHERE consumer = $1 AND event_id = $2', [
        'cart',
        paid.id,
      ]);
      return inbox.rowCount === 1 ? true : undefined;
    });
    const after = (await buyer.client.cart()).data!.cart;
    expect(after.items.map((i) => i.quantity)).toEqual([1]);
  });

  it('answers settled: false for an order it never quoted or another buyer, and changes nothing', async () => {
    const buyer = newBuyer();
    await buyer.client.add(product().id, 2);
    const orderId = nextId('order');
    expect((await quote(buyer.id, orderId)).status).toBe(200);
    const stranger = newBuyer();
    expect(await settle({ buyerId: stranger.id, orderId })).toEqual({
      status: 200,
      body: { settled: false },
    });
    expect(await settle({ buyerId: buyer.id, orderId: nextId('order') })).toEqual({
      status: 200,
      body: { settled: false },
    });
    expect((await buyer.client.cart()).data!.cart.items.map((i) => i.quantity)).toEqual([2]);
  });

  it('refuses a missing service token (401) and a malformed body (400 BAD_USER_INPUT)', async () => {
    expect((await settle({ buyerId: 'b', orderId: 'o' }, null)).status).toBe(401);
    const malformed = await settle({ buyerId: 'b', orderId: 'not an id!' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('BAD_USER_INPUT');
  });
});

describe('order events', () => {
  it('order.paid clears only what was quoted, exactly once even when delivered twice', async () => {
    const code = await couponCode({ value: 10 });
    const buyer = newBuyer();
    const [kept, bought, later] = [product(), product(), product()];
    await buyer.client.add(kept.id, 2);
    await buyer.client.add(bought.id, 1);
    await buyer.client.applyCoupon(code);
    const orderId = nextId('order');
    const quoted = await quote(buyer.id, orderId);
    expect(quoted.status).toBe(200);
    // After the quote the buyer keeps shopping: 3 more of a quoted product, and a new one.
    await buyer.client.add(kept.id, 3);
    await buyer.client.add(later.id, 1);

    const paid: EventEnvelope = orderEvent('order.paid', orderId, buyer.id, {
      cartId: quoted.body.cartId,
      total: quoted.body.total,
    });
    await Promise.all([harness.bus.publish([paid]), harness.bus.publish([paid])]);
    const cart = await eventually('the quoted items leave the cart', async () => {
      const current = (await buyer.client.cart()).data!.cart;
      return current.items.length === 2 ? current : undefined;
    });
    expect(cart.items.map((i) => [i.product.id, i.quantity])).toEqual([
      [kept.id, 3],
      [later.id, 1],
    ]);
    expect(cart.coupon).toBeNull();
    expect(await couponUses(code)).toEqual({ CONFIRMED: 1 });

    // Redelivered later: the inbox knows it, nothing is subtracted again.
    await harness.bus.publish([paid]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = (await buyer.client.cart()).data!.cart;
    expect(after.items.map((i) => i.quantity)).toEqual([3, 1]);
    const inbox = await db.query(
      'SELECT count(*)::int AS n FROM inbox WHERE consumer = $1 AND event_id = $2',
      ['cart', paid.id],
    );
    expect(inbox.rows[0].n).toBe(1);

    const requote = await quote(buyer.id, orderId);
    expect(requote.status).toBe(409);
    expect(requote.body.error.code).toBe('CONFLICT');
  });

  it('order.payment_failed releases the coupon reservation and leaves the cart alone', async () => {
    const code = await couponCode({ usageLimit: 1 });
    const first = await buyerWithCoupon(code);
    const orderId = nextId('order');
    expect((await quote(first.id, orderId)).status).toBe(200);
    const second = newBuyer();
    await second.client.add(product().id, 1);
    expect((await second.client.applyCoupon(code)).errors![0].extensions!.details).toMatchObject({
      reason: 'USAGE_LIMIT_REACHED',
    });

    await harness.bus.publish([
      orderEvent('order.payment_failed', orderId, first.id, { reason: 'declined' }),
    ]);
    await eventually('the reservation is released', async () =>
      (await couponUses(code)).RELEASED === 1 ? true : undefined,
    );
    expect((await second.client.applyCoupon(code)).errors).toBeUndefined();
    const firstCart = (await first.client.cart()).data!.cart;
    expect(firstCart.items).toHaveLength(1);
    expect(firstCart.coupon?.code).toBe(code);
  });

  it('order.cancelled gives back even a confirmed use', async () => {
    const code = await couponCode({ usageLimit: 1 });
    const buyer = await buyerWithCoupon(code);
    const orderId = nextId('order');
    expect((await quote(buyer.id, orderId)).status).toBe(200);
    await harness.bus.publish([orderEvent('order.paid', orderId, buyer.id)]);
    await eventually('the use is confirmed', async () =>
      (await couponUses(code)).CONFIRMED === 1 ? true : undefined,
    );
    await harness.bus.publish([
      orderEvent('order.cancelled', orderId, buyer.id, { reason: 'buyer changed mind' }),
    ]);
    await eventually('the use is released', async () =>
      (await couponUses(code)).RELEASED === 1 ? true : undefined,
    );
    const again = await buyerWithCoupon(code);
    expect((await quote(again.id, nextId('order'))).status).toBe(200);
  });

  it('ignores events for orders it never quoted', async () => {
    const buyer = newBuyer();
    await buyer.client.add(product().id, 2);
    const stray = orderEvent('order.paid', nextId('unknown'), buyer.id);
    await harness.bus.publish([stray]);
    await eventually('the event is processed', async () => {
      const rows = await db.query('SELECT 1 FROM inbox WHERE event_id = $1', [stray.id]);
      return rows.rowCount === 1 ? true : undefined;
    });
    expect((await buyer.client.cart()).data!.cart.items[0].quantity).toBe(2);
  });
});
