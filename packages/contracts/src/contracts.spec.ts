import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  CartAbandoned,
  checkoutQuoteSchema,
  defineEvent,
  defineRoute,
  FindUserAddress,
  InventoryChanged,
  MAX_RESERVATION_ITEMS,
  OrderPaid,
  OrderStatusEvents,
  orderStatusSchema,
  Pay,
  PaymentAuthorized,
  ProductCreated,
  ReserveStock,
  UserRegistered,
} from './index';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const now = '2026-01-02T03:04:05.678Z';

const snapshot = {
  productId: randomUUID(),
  sellerId: randomUUID(),
  categoryId: 'c2',
  categoryPath: [
    { id: 'c1', name: 'Electronics', slug: 'electronics' },
    { id: 'c2', name: 'Phones', slug: 'phones' },
  ],
  name: 'Phone',
  description: 'A phone',
  brand: 'Acme',
  price: usd(19900),
  images: ['https://img.example/1.jpg'],
  attributes: [{ name: 'Color', value: 'Black' }],
  status: 'ACTIVE',
  stockAvailable: 5,
  createdAt: now,
  updatedAt: now,
};

const paid = {
  orderId: randomUUID(),
  buyerId: randomUUID(),
  sellerIds: [randomUUID()],
  status: 'PAID',
  previousStatus: 'PENDING',
  total: usd(900),
  reason: 'Payment captured',
  reasonCode: null,
  cartId: randomUUID(),
  subtotal: usd(1000),
  discount: usd(100),
  couponCode: 'TEN',
  paymentId: randomUUID(),
  items: [{ productId: randomUUID(), sellerId: randomUUID(), quantity: 2, unitPrice: usd(500) }],
};

const fieldsMissing = (parse: (value: unknown) => unknown, value: Record<string, unknown>, field: string) => {
  const { [field]: _gone, ...rest } = value;
  return () => parse(rest);
};

describe('defineEvent', () => {
  const Pinged = defineEvent('test.pinged', z.object({ id: z.string() }));

  it('keeps the routing key, the version and the schema side by side', () => {
    expect(Pinged).toMatchObject({ type: 'test.pinged', version: 1 });
    expect(defineEvent('test.pinged', z.object({}), 2).version).toBe(2);
    expect(Pinged.parse({ id: 'a' })).toEqual({ id: 'a' });
  });

  it('throws on a payload that breaks the contract (a poison message for a consumer)', () => {
    expect(() => Pinged.parse({ id: 7 })).toThrow(z.ZodError);
    expect(() => Pinged.parse(null)).toThrow(z.ZodError);
  });
});

describe('events are read tolerantly', () => {
  it.each([
    ['product.created', ProductCreated, snapshot],
    ['order.paid', OrderPaid, paid],
    [
      'payment.authorized',
      PaymentAuthorized,
      { paymentId: 'p', orderId: 'o', buyerId: 'b', amount: usd(100), method: 'CARD' },
    ],
    ['user.registered', UserRegistered, { userId: 'u', username: 'ann', email: 'a@x.io', roles: ['BUYER'] }],
    ['cart.abandoned', CartAbandoned, { cartId: 'c', buyerId: 'b', itemCount: 3, subtotal: usd(300) }],
  ])('%s: a field the consumer does not know is ignored, not refused', (_type, event, data) => {
    const parsed = event.parse({ ...data, addedLater: { any: 'thing' } });
    expect(parsed).not.toHaveProperty('addedLater');
    expect(parsed).toMatchObject(data);
  });

  it.each([
    ['product.created', ProductCreated, snapshot, 'productId'],
    ['product.created', ProductCreated, snapshot, 'price'],
    ['product.created', ProductCreated, snapshot, 'updatedAt'],
    ['order.paid', OrderPaid, paid, 'orderId'],
    ['order.paid', OrderPaid, paid, 'items'],
    ['order.paid', OrderPaid, paid, 'previousStatus'],
    [
      'inventory.changed',
      InventoryChanged,
      { productId: 'p', stockAvailable: 1, delta: -1, reason: 'x' },
      'delta',
    ],
  ])('%s without %s is refused', (_type, event, data, field) => {
    expect(fieldsMissing((v) => event.parse(v), data as Record<string, unknown>, field)).toThrow(z.ZodError);
  });

  it('fills what a product snapshot may leave out, so readers need no special case', () => {
    const { images: _i, brand: _b, attributes: _a, ...bare } = snapshot;
    const parsed = ProductCreated.parse({ ...bare, categoryPath: [{ id: 'c2', name: 'Phones' }] });
    expect(parsed).toMatchObject({
      brand: null,
      attributes: [],
      categoryPath: [{ id: 'c2', name: 'Phones' }],
    });
    expect(parsed.images).toBeUndefined();
  });

  it('refuses money as a float anywhere in a payload', () => {
    expect(() => OrderPaid.parse({ ...paid, total: usd(9.5) })).toThrow(z.ZodError);
    expect(() => ProductCreated.parse({ ...snapshot, price: usd(199.99) })).toThrow(z.ZodError);
  });

  it('lets a consumer read only what it needs (a pick of the contract), ignoring the rest', () => {
    const cartReads = OrderPaid.schema.pick({ orderId: true, buyerId: true });
    expect(cartReads.parse({ orderId: 'o', buyerId: 'b', unrelated: true })).toEqual({
      orderId: 'o',
      buyerId: 'b',
    });
    expect(() => cartReads.parse({ orderId: 'o' })).toThrow(z.ZodError);
  });

  it('names an order.* event for every status an order can enter', () => {
    const entered = orderStatusSchema.options.filter((status) => status !== 'PENDING');
    expect(Object.keys(OrderStatusEvents).sort()).toEqual([...entered].sort());
    for (const [status, event] of Object.entries(OrderStatusEvents)) {
      expect(event.type).toBe(`order.${status.toLowerCase()}`);
    }
  });
});

describe('internal routes', () => {
  it('declare method, path and both bodies', () => {
    expect(defineRoute('GET', '/x', { request: undefined, response: z.object({}) })).toMatchObject({
      method: 'GET',
      path: '/x',
    });
    expect(ReserveStock).toMatchObject({ method: 'POST', path: '/inventory/reservations' });
    expect(FindUserAddress).toMatchObject({ method: 'GET', path: '/internal/addresses', request: undefined });
  });

  it('check a reservation request: ids, quantities, repeated products', () => {
    const productId = randomUUID();
    const valid = { reservationId: randomUUID(), items: [{ productId, quantity: 2 }] };
    expect(ReserveStock.request.parse(valid)).toEqual(valid);
    const issue = (body: unknown) => ReserveStock.request.safeParse(body).error?.issues[0];
    expect(issue({ ...valid, reservationId: 'r-1' })?.path).toEqual(['reservationId']);
    expect(issue({ ...valid, items: [{ productId, quantity: 1.5 }] })?.path).toEqual([
      'items',
      0,
      'quantity',
    ]);
    expect(issue({ ...valid, items: [valid.items[0], valid.items[0]] })).toMatchObject({
      path: ['items', 1, 'productId'],
      message: 'is repeated',
    });
    const tooMany = Array.from({ length: MAX_RESERVATION_ITEMS + 1 }, () => ({
      productId: randomUUID(),
      quantity: 1,
    }));
    expect(issue({ ...valid, items: tooMany })?.path).toEqual(['items']);
  });

  it('check a charge: a positive whole amount, a card token, never a card number', () => {
    const charge = {
      orderId: randomUUID(),
      buyerId: randomUUID(),
      amount: usd(100),
      method: { type: 'CARD', cardToken: 'tok_visa' },
      idempotencyKey: 'order-key-1',
    };
    expect(Pay.request.parse(charge)).toEqual(charge);
    const issue = (body: unknown) => Pay.request.safeParse(body).error?.issues[0];
    expect(issue({ ...charge, amount: usd(0) })?.path).toEqual(['amount', 'amount']);
    expect(issue({ ...charge, amount: usd(1.5) })?.path).toEqual(['amount', 'amount']);
    const leaked = issue({ ...charge, method: { type: 'CARD', cardToken: '4242 4242 4242 4242' } });
    expect(leaked?.message).toContain('card numbers are never accepted');
    expect(leaked?.message).not.toContain('4242');
  });

  it('read answers tolerantly', () => {
    expect(Pay.response.parse({ paymentId: 'p', status: 'CAPTURED', providerLatencyMs: 12 })).toEqual({
      paymentId: 'p',
      status: 'CAPTURED',
    });
    expect(() => Pay.response.parse({ paymentId: 'p' })).toThrow(z.ZodError);
  });

  it('describe the checkout quote, money included', () => {
    const quote = {
      cartId: 'cart-1',
      currency: 'USD',
      items: [
        {
          itemId: 'i',
          productId: randomUUID(),
          sellerId: randomUUID(),
          name: 'Anvil',
          quantity: 2,
          unitPrice: usd(500),
          lineTotal: usd(1000),
        },
      ],
      coupon: null,
      subtotal: usd(1000),
      discount: usd(0),
      total: usd(1000),
    };
    expect(checkoutQuoteSchema.parse({ ...quote, note: 'ignored' })).toEqual(quote);
    expect(checkoutQuoteSchema.safeParse({ ...quote, items: [] }).success).toBe(false);
    expect(checkoutQuoteSchema.safeParse({ ...quote, total: usd(10.5) }).success).toBe(false);
  });
});
