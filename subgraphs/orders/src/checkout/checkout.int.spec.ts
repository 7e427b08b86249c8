import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createEvent } from '@commerce/events';
import { errorCodes, eventually } from '@commerce/testing';
import { Account, OrdersHarness, startOrdersHarness } from '../testing/orders-harness';
import { CheckoutVariables, ordersClient, OrderView } from '../testing/orders-operations';

// Engines: PostgreSQL (orders and users databases), Redis (users). Cart, catalog and payments are
// fakes speaking their contracts (testing/fake-services); users is the real service.
let harness: OrdersHarness;
let db: Client;
let api: ReturnType<typeof ordersClient>;

beforeAll(async () => {
  harness = await startOrdersHarness();
  api = ordersClient(harness.url);
  db = new Client({ connectionString: harness.database.url });
  await db.connect();
}, 60_000);

afterAll(async () => {
  await db?.end();
  await harness?.stop();
});

const card = { type: 'CARD', cardToken: 'tok_visa' };

/** A product with `stock` units in the fake catalog. */
function product(stock: number, unitPrice = 1999) {
  const productId = randomUUID();
  harness.fakes.catalog.setStock(productId, stock);
  return { productId, sellerId: randomUUID(), unitPrice };
}

/** A buyer whose cart holds `quantity` of a fresh product with `stock` units. */
async function buyerWithCart(stock = 10, quantity = 1) {
  const buyer = await harness.buyer();
  const item = product(stock);
  harness.fakes.cart.setCart(buyer.id, [{ ...item, quantity }]);
  return { buyer, item };
}

async function checkout(buyer: Account, input: Partial<CheckoutVariables> = {}) {
  const response = await api.checkout(buyer.token, {
    paymentMethod: card,
    idempotencyKey: randomUUID(),
    ...input,
  });
  expect(response.errors).toBeUndefined();
  return response.data!.checkout;
}

function eventFor(type: string, orderId: string) {
  return eventually(type, async () =>
    harness.events.find((e) => e.type === type && (e.data as { orderId: string }).orderId === orderId),
  );
}

async function orderRows(buyerId: string): Promise<number> {
  return Number((await db.query('SELECT count(*) FROM orders WHERE buyer_id = $1', [buyerId])).rows[0].count);
}

const lastChange = (order: OrderView) => order.statusHistory[order.statusHistory.length - 1];

describe('checkout', () => {
  it('takes the cart to a PAID order: stock committed, payment captured, events published', async () => {
    const buyer = await harness.buyer();
    const addressId = await harness.addAddress(buyer);
    const a = product(5, 1500);
    const b = product(5, 250);
    harness.fakes.cart.setCart(
      buyer.id,
      [
        { ...a, quantity: 2 },
        { ...b, quantity: 3 },
      ],
      { coupon: { code: 'TEN', kind: 'PERCENT', value: 10 } },
    );

    const paymentsCalls = harness.fakes.payments.calls.length;
    const order = await checkout(buyer, { shippingAddressId: addressId });
    expect(order.status).toBe('PAID');
    // One call takes the money (authorize and capture in payments).
    expect(harness.fakes.payments.calls.slice(paymentsCalls).map((call) => call.route)).toEqual([
      'POST /payments/pay',
    ]);
    expect(order.buyer.id).toBe(buyer.id);
    expect(order.subtotal).toEqual({ amount: 3750, currency: 'USD' });
    expect(order.discount).toEqual({ amount: 375, currency: 'USD' });
    expect(order.total).toEqual({ amount: 3375, currency: 'USD' });
    expect(order.couponCode).toBe('TEN');
    expect(order.statusHistory.map((c) => c.status)).toEqual(['PENDING', 'PAID']);
    expect(order.statusHistory[0]).toMatchObject({ reason: 'Order placed', actor: { id: buyer.id } });
    expect(order.shippingAddress).toEqual({
      line1: '1 Main St',
      line2: null,
      city: 'Springfield',
      postalCode: '12345',
      country: 'US',
    });
    expect(
      order.items.map((i) => [i.product.id, i.seller.id, i.quantity, i.unitPrice.amount, i.lineTotal.amount]),
    ).toEqual([
      [a.productId, a.sellerId, 2, 1500, 3000],
      [b.productId, b.sellerId, 3, 250, 750],
    ]);
    expect(harness.fakes.catalog.stock.get(a.productId)).toBe(3);
    expect(harness.fakes.catalog.stock.get(b.productId)).toBe(2);
    expect(harness.fakes.catalog.reservations.get(order.id)?.status).toBe('COMMITTED');
    const payments = harness.fakes.payments.forOrder(order.id);
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({
      status: 'CAPTURED',
      amount: { amount: 3375, currency: 'USD' },
      method: 'CARD',
    });

    const created = await eventFor('order.created', order.id);
    expect(created).toMatchObject({
      source: 'orders',
      version: 1,
      data: { buyerId: buyer.id, status: 'PENDING' },
    });
    const paid = await eventFor('order.paid', order.id);
    expect(paid.data).toEqual({
      orderId: order.id,
      buyerId: buyer.id,
      sellerIds: [a.sellerId, b.sellerId],
      status: 'PAID',
      previousStatus: 'PENDING',
      cartId: harness.fakes.cart.carts.get(buyer.id)!.cartId,
      total: { amount: 3375, currency: 'USD' },
      subtotal: { amount: 3750, currency: 'USD' },
      discount: { amount: 375, currency: 'USD' },
      couponCode: 'TEN',
      paymentId: payments[0].paymentId,
      reason: 'Payment captured',
      reasonCode: null,
      items: [
        {
          productId: a.productId,
          sellerId: a.sellerId,
          quantity: 2,
          unitPrice: { amount: 1500, currency: 'USD' },
        },
        {
          productId: b.productId,
          sellerId: b.sellerId,
          quantity: 3,
          unitPrice: { amount: 250, currency: 'USD' },
        },
      ],
    });
    expect(harness.events.indexOf(created)).toBeLessThan(harness.events.indexOf(paid));
  });

  it('pays from the wallet too', async () => {
    const { buyer } = await buyerWithCart();
    const order = await checkout(buyer, { paymentMethod: { type: 'WALLET' } });
    expect(order.status).toBe('PAID');
    expect(harness.fakes.payments.forOrder(order.id)[0]).toMatchObject({
      method: 'WALLET',
      status: 'CAPTURED',
    });
  });

  it.each([
    ['tok_chargeDeclined', 'card_declined'],
    ['tok_chargeDeclinedInsufficientFunds', 'insufficient_funds'],
  ])(
    'a declined card (%s) ends PAYMENT_FAILED with the reason; stock released, nothing captured',
    async (token, reason) => {
      const { buyer, item } = await buyerWithCart(3, 2);
      const order = await checkout(buyer, { paymentMethod: { type: 'CARD', cardToken: token } });
      expect(order.status).toBe('PAYMENT_FAILED');
      expect(lastChange(order)).toMatchObject({
        status: 'PAYMENT_FAILED',
        reasonCode: 'PAYMENT_DECLINED',
        reason: `Payment declined: ${reason}`,
        actor: null,
      });
      expect(harness.fakes.catalog.stock.get(item.productId)).toBe(3);
      expect(harness.fakes.catalog.reservations.get(order.id)?.status).toBe('RELEASED');
      expect(harness.fakes.payments.forOrder(order.id)).toEqual([]);
      expect(
        harness.fakes.payments.calls.filter((c) => c.body.orderId === order.id).map((c) => c.route),
      ).toEqual(['POST /payments/pay']);
      const failed = await eventFor('order.payment_failed', order.id);
      expect(failed.data).toMatchObject({
        orderId: order.id,
        buyerId: buyer.id,
        reason: `Payment declined: ${reason}`,
        cartId: expect.any(String),
      });
    },
  );

  it('out of stock at reservation ends CANCELLED with the reason, before any payment', async () => {
    const { buyer, item } = await buyerWithCart(1, 2);
    const paymentsCalls = harness.fakes.payments.calls.length;
    const order = await checkout(buyer);
    expect(order.status).toBe('CANCELLED');
    expect(lastChange(order)).toMatchObject({
      reasonCode: 'OUT_OF_STOCK',
      reason: `Out of stock: product ${item.productId} has 1 left`,
    });
    expect(harness.fakes.catalog.stock.get(item.productId)).toBe(1);
    expect(harness.fakes.payments.calls).toHaveLength(paymentsCalls);
    const cancelled = await eventFor('order.cancelled', order.id);
    expect(cancelled.data).toMatchObject({
      orderId: order.id,
      buyerId: buyer.id,
      reasonCode: 'OUT_OF_STOCK',
    });
  });

  it('100 concurrent checkouts of a product with 10 in stock give exactly 10 PAID orders and stock 0', async () => {
    const item = product(10);
    const buyers: Account[] = [];
    for (let i = 0; i < 10; i++)
      buyers.push(...(await Promise.all(Array.from({ length: 10 }, () => harness.buyer()))));
    for (const buyer of buyers) harness.fakes.cart.setCart(buyer.id, [{ ...item, quantity: 1 }]);

    const orders = await Promise.all(buyers.map((buyer) => checkout(buyer)));
    const byStatus = (status: string) => orders.filter((o) => o.status === status);
    expect(byStatus('PAID')).toHaveLength(10);
    expect(byStatus('CANCELLED')).toHaveLength(90);
    expect(harness.fakes.catalog.stock.get(item.productId)).toBe(0);
    expect(harness.fakes.catalog.held()).toEqual([]);
    const paidIds = new Set(byStatus('PAID').map((o) => o.id));
    const captured = harness.fakes.payments.withStatus('CAPTURED').filter((p) => paidIds.has(p.orderId));
    expect(captured).toHaveLength(10);
    const rows = await db.query(
      `SELECT status, count(*)::int AS n FROM sagas WHERE subject_id = ANY($1) GROUP BY status`,
      [orders.map((o) => o.id)],
    );
    expect(rows.rows).toEqual(
      expect.arrayContaining([
        { status: 'completed', n: 10 },
        { status: 'compensated', n: 90 },
      ]),
    );
  }, 60_000);
});

describe('idempotency', () => {
  it('the same key sent 20 times in parallel gives one order and one charge', async () => {
    const { buyer } = await buyerWithCart();
    const idempotencyKey = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => api.checkout(buyer.token, { paymentMethod: card, idempotencyKey })),
    );
    expect(responses.flatMap((r) => r.errors ?? [])).toEqual([]);
    const ids = new Set(responses.map((r) => r.data!.checkout.id));
    expect(ids.size).toBe(1);
    const [orderId] = ids;
    expect(responses.map((r) => r.data!.checkout.status)).toEqual(Array(20).fill('PAID'));
    expect(await orderRows(buyer.id)).toBe(1);
    expect(
      harness.fakes.payments.callsTo('POST /payments/pay').filter((c) => c.body.orderId === orderId),
    ).toHaveLength(1);
    expect(harness.fakes.payments.forOrder(orderId)).toHaveLength(1);
  });

  it('a retry after success (cart already cleared) returns the same order without charging again', async () => {
    const { buyer } = await buyerWithCart();
    const idempotencyKey = randomUUID();
    const first = await checkout(buyer, { idempotencyKey });
    await eventFor('order.paid', first.id); // the cart is cleared from it
    const again = await checkout(buyer, { idempotencyKey });
    expect(again.id).toBe(first.id);
    expect(again.status).toBe('PAID');
    expect(
      harness.fakes.payments.callsTo('POST /payments/pay').filter((c) => c.body.orderId === first.id),
    ).toHaveLength(1);
  });

  it('a reused key with a different cart is a CONFLICT and changes nothing', async () => {
    const { buyer } = await buyerWithCart();
    const idempotencyKey = randomUUID();
    const first = await checkout(buyer, { idempotencyKey });
    harness.fakes.cart.setCart(buyer.id, [{ ...product(5), quantity: 1 }]);
    const reused = await api.checkout(buyer.token, { paymentMethod: card, idempotencyKey });
    expect(errorCodes(reused)).toEqual(['CONFLICT']);
    expect(reused.errors![0].extensions!.details).toEqual({ field: 'idempotencyKey' });
    expect(await orderRows(buyer.id)).toBe(1);
    expect((await api.order(buyer.token, first.id)).data!.order!.status).toBe('PAID');
  });

  it('the same key from two buyers makes two orders', async () => {
    const one = await buyerWithCart();
    const two = await buyerWithCart();
    const idempotencyKey = randomUUID();
    const [a, b] = await Promise.all([
      checkout(one.buyer, { idempotencyKey }),
      checkout(two.buyer, { idempotencyKey }),
    ]);
    expect(a.id).not.toBe(b.id);
    expect([a.status, b.status]).toEqual(['PAID', 'PAID']);
  });
});

describe('bad input changes nothing', () => {
  let buyer: Account;
  let stranger: Account;
  let strangersAddress: string;

  beforeAll(async () => {
    ({ buyer } = await buyerWithCart());
    stranger = await harness.buyer();
    strangersAddress = await harness.addAddress(stranger);
  });

  it.each<[string, Partial<CheckoutVariables>, string, string | undefined]>([
    ["someone else's address", { shippingAddressId: 'STRANGER' }, 'BAD_USER_INPUT', 'shippingAddressId'],
    ['a malformed address id', { shippingAddressId: 'not-an-id' }, 'BAD_USER_INPUT', 'shippingAddressId'],
    ['an empty idempotency key', { idempotencyKey: '' }, 'BAD_USER_INPUT', 'idempotencyKey'],
    ['a key with spaces', { idempotencyKey: 'two words' }, 'BAD_USER_INPUT', 'idempotencyKey'],
    [
      'a card without token',
      { paymentMethod: { type: 'CARD' } },
      'BAD_USER_INPUT',
      'paymentMethod.cardToken',
    ],
    [
      'a wallet with a card token',
      { paymentMethod: { type: 'WALLET', cardToken: 'tok_visa' } },
      'BAD_USER_INPUT',
      'paymentMethod.cardToken',
    ],
    ['an unknown payment method', { paymentMethod: { type: 'BITCOIN' } }, 'BAD_USER_INPUT', undefined],
  ])('refuses %s', async (_, override, code, field) => {
    const input = { paymentMethod: card, idempotencyKey: randomUUID(), ...override };
    if (input.shippingAddressId === 'STRANGER') input.shippingAddressId = strangersAddress;
    const calls =
      harness.fakes.cart.calls.length +
      harness.fakes.catalog.calls.length +
      harness.fakes.payments.calls.length;
    const response = await api.checkout(buyer.token, input);
    expect(errorCodes(response)).toEqual([code]);
    if (field) expect(response.errors![0].extensions!.details).toEqual({ field });
    expect(await orderRows(buyer.id)).toBe(0);
    expect(
      harness.fakes.cart.calls.length +
        harness.fakes.catalog.calls.length +
        harness.fakes.payments.calls.length,
    ).toBe(calls);
  });

  it('refuses a missing idempotency key in GraphQL validation', async () => {
    const response = await api.checkout(buyer.token, { paymentMethod: card });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toContain('idempotencyKey');
    expect(await orderRows(buyer.id)).toBe(0);
  });

  it('refuses an anonymous caller', async () => {
    const response = await api.checkout(undefined, { paymentMethod: card, idempotencyKey: randomUUID() });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('an empty cart is a CONFLICT and an unavailable item OUT_OF_STOCK, with no order made', async () => {
    const empty = await harness.buyer();
    expect(
      errorCodes(await api.checkout(empty.token, { paymentMethod: card, idempotencyKey: randomUUID() })),
    ).toEqual(['CONFLICT']);
    const gone = await buyerWithCart();
    harness.fakes.cart.carts.get(gone.buyer.id)!.unavailable = true;
    expect(
      errorCodes(await api.checkout(gone.buyer.token, { paymentMethod: card, idempotencyKey: randomUUID() })),
    ).toEqual(['OUT_OF_STOCK']);
    expect(await orderRows(empty.id)).toBe(0);
    expect(await orderRows(gone.buyer.id)).toBe(0);
  });

  it('answers SERVICE_UNAVAILABLE when cart cannot be reached, with no order made', async () => {
    const { buyer: other } = await buyerWithCart();
    harness.fakes.cart.inject('POST /internal/carts/checkout-quote', { kind: 'fail' });
    const response = await api.checkout(other.token, { paymentMethod: card, idempotencyKey: randomUUID() });
    expect(errorCodes(response)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(await orderRows(other.id)).toBe(0);
  });
});

describe('failures on the way', () => {
  afterEach(() => {
    harness.fakes.catalog.heal();
    harness.fakes.payments.heal();
  });

  it('retries passing transport failures inside the request and still answers PAID', async () => {
    const { buyer, item } = await buyerWithCart(5);
    harness.fakes.catalog.inject('POST /inventory/reservations', { kind: 'fail' });
    harness.fakes.payments.inject('POST /payments/pay', { kind: 'drop' });
    const order = await checkout(buyer);
    expect(order.status).toBe('PAID');
    expect(harness.fakes.catalog.stock.get(item.productId)).toBe(4);
    expect(harness.fakes.payments.forOrder(order.id).map((p) => p.status)).toEqual(['CAPTURED']);
  });

  it('hands a saga to the worker when a service stays down, which finishes it once it is back', async () => {
    const { buyer } = await buyerWithCart();
    harness.fakes.payments.inject('POST /payments/pay', { kind: 'fail' }, 4);
    const order = await checkout(buyer);
    expect(order.status).toBe('PENDING');
    const paid = await eventFor('order.paid', order.id);
    expect(paid.data).toMatchObject({ status: 'PAID' });
    expect(harness.fakes.payments.forOrder(order.id).map((p) => p.status)).toEqual(['CAPTURED']);
  });

  it('gives up on a service that never answers and compensates: CANCELLED, nothing held', async () => {
    const { buyer, item } = await buyerWithCart(5);
    harness.fakes.catalog.inject('POST /inventory/reservations', { kind: 'fail' }, 1000);
    const order = await checkout(buyer);
    expect(order.status).toBe('PENDING');
    const cancelled = await eventFor('order.cancelled', order.id);
    expect(cancelled.data).toMatchObject({ reasonCode: 'SERVICE_UNAVAILABLE' });
    expect(harness.fakes.catalog.stock.get(item.productId)).toBe(5);
    expect(harness.fakes.payments.forOrder(order.id)).toEqual([]);
  });

  it('refunds a captured payment when the stock hold expired before commit', async () => {
    const { buyer, item } = await buyerWithCart(5);
    harness.fakes.catalog.inject('POST /inventory/reservations/commit', {
      kind: 'answer',
      answer: { status: 409, body: { error: { code: 'CONFLICT', message: 'Reservation is EXPIRED' } } },
    });
    const order = await checkout(buyer);
    expect(order.status).toBe('CANCELLED');
    expect(lastChange(order).reasonCode).toBe('RESERVATION_EXPIRED');
    expect(harness.fakes.payments.forOrder(order.id).map((p) => p.status)).toEqual(['REFUNDED']);
    expect(harness.fakes.catalog.stock.get(item.productId)).toBe(5);
  });
});

describe('payments that need approval (PAYPAL)', () => {
  it('waits PENDING with a redirect, then completes when payments reports the approval', async () => {
    const { buyer, item } = await buyerWithCart(5);
    const idempotencyKey = randomUUID();
    const order = await checkout(buyer, { paymentMethod: { type: 'PAYPAL' }, idempotencyKey });
    expect(order.status).toBe('PENDING');
    const [payment] = harness.fakes.payments.forOrder(order.id);
    expect(order.paymentAction).toEqual({
      redirectUrl: `https://paypal.example/approve/${payment.paymentId}`,
      expiresAt: expect.any(String),
    });
    expect(harness.fakes.catalog.stock.get(item.productId)).toBe(4); // held while waiting
    // A retry while the buyer has not approved yet answers at once, with the same order.
    const started = Date.now();
    const retry = await checkout(buyer, { paymentMethod: { type: 'PAYPAL' }, idempotencyKey });
    expect(retry).toMatchObject({ id: order.id, status: 'PENDING', paymentAction: order.paymentAction });
    expect(Date.now() - started).toBeLessThan(1000);

    harness.fakes.payments.approve(payment.paymentId);
    await harness.bus.publish([
      createEvent('payments', 'payment.authorized', { orderId: order.id, paymentId: payment.paymentId }),
    ]);
    await eventFor('order.paid', order.id);
    const paid = (await api.order(buyer.token, order.id)).data!.order!;
    expect(paid.status).toBe('PAID');
    expect(paid.paymentAction).toBeNull();
    expect(payment.status).toBe('CAPTURED');
  });

  it('a buyer cancelling while the approval is pending: CANCELLED, payment voided, stock released', async () => {
    const { buyer, item } = await buyerWithCart(5);
    const order = await checkout(buyer, { paymentMethod: { type: 'PAYPAL' } });
    const cancelled = await api.cancelOrder(buyer.token, order.id);
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelOrder.status).toBe('CANCELLED');
    expect(lastChange(cancelled.data!.cancelOrder)).toMatchObject({
      reason: 'Cancelled by the buyer',
      reasonCode: 'CANCELLED',
      actor: { id: buyer.id },
    });
    expect(harness.fakes.payments.forOrder(order.id).map((p) => p.status)).toEqual(['VOIDED']);
    expect(harness.fakes.catalog.stock.get(item.productId)).toBe(5);
  });

  it('fails the order when the approval does not come in time', async () => {
    const short = await harness.startInstance({
      PAYMENT_APPROVAL_TIMEOUT_SECONDS: '5',
      RESERVATION_TTL_SECONDS: '65',
    });
    const { buyer, item } = await buyerWithCart(5);
    const response = await ordersClient(short.url).checkout(buyer.token, {
      paymentMethod: { type: 'PAYPAL' },
      idempotencyKey: randomUUID(),
    });
    const order = response.data!.checkout;
    expect(order.status).toBe('PENDING');
    const failed = await eventFor('order.payment_failed', order.id);
    expect(failed.data).toMatchObject({ reasonCode: 'PAYMENT_APPROVAL_TIMEOUT' });
    expect(harness.fakes.payments.forOrder(order.id).map((p) => p.status)).toEqual(['VOIDED']);
    expect(harness.fakes.catalog.stock.get(item.productId)).toBe(5);
  }, 20_000);
});
