import { Client } from 'pg';
import { createEvent } from '@commerce/events';
import { errorCodes, eventually, type TestRole } from '@commerce/testing';
import { startCartHarness, CartHarness } from './testing/cart-harness';
import { cartClient, CartClient, postQuote } from './testing/cart-operations';
import type { FakeProduct } from './testing/fake-catalog';

let harness: CartHarness;
let db: Client;
let admin: CartClient;
let codes = 0;
const OTHER_SELLER = '5d1c1f1e-0000-4000-8000-0000000000aa';

const uniqueCode = (prefix = 'C') => `${prefix}${Date.now().toString(36)}${++codes}`.toUpperCase();

function newUser(...roles: TestRole[]): { id: string; client: CartClient } {
  const user = harness.identity.user(...roles);
  return { id: user.id, client: cartClient(harness.url, user.token) };
}

function product(overrides: Partial<FakeProduct> = {}): FakeProduct {
  return harness.catalog.put({ sellerId: OTHER_SELLER, stockAvailable: 100, ...overrides });
}

async function createCoupon(input: Record<string, unknown>, client = admin) {
  const response = await client.createCoupon({ code: uniqueCode(), kind: 'PERCENT', value: 10, ...input });
  expect(response.errors).toBeUndefined();
  return response.data!.createCoupon;
}

/** A buyer with `lines` in the cart: [price, quantity, sellerId?]. */
async function buyerWith(lines: [number, number, string?][]) {
  const buyer = newUser();
  for (const [amount, quantity, sellerId] of lines) {
    const p = product({ price: { amount, currency: 'USD' }, sellerId: sellerId ?? OTHER_SELLER });
    expect((await buyer.client.add(p.id, quantity)).errors).toBeUndefined();
  }
  return buyer;
}

async function countCoupons(): Promise<number> {
  return (await db.query('SELECT count(*)::int AS n FROM coupons')).rows[0].n;
}

async function cartCouponOf(buyerId: string): Promise<string | null> {
  return (
    (await db.query('SELECT coupon_id FROM carts WHERE buyer_id = $1', [buyerId])).rows[0]?.coupon_id ?? null
  );
}

beforeAll(async () => {
  harness = await startCartHarness({ COUPON_MAX_FAILURES_PER_BUYER: '5' });
  db = new Client({ connectionString: harness.database.url });
  await db.connect();
  admin = newUser('ADMIN').client;
});

afterAll(async () => {
  await db.end();
  await harness.stop();
});

describe('createCoupon', () => {
  it('lets an ADMIN create a platform-wide coupon', async () => {
    const code = uniqueCode('admin');
    const response = await admin.createCoupon({
      code: ` ${code.toLowerCase()} `,
      kind: 'PERCENT',
      value: 15,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.createCoupon).toMatchObject({
      code,
      kind: 'PERCENT',
      value: 15,
      currency: null,
      sellerId: null,
      timesUsed: 0,
      description: '15% off your order',
    });
  });

  it("limits a SELLER's coupon to the seller's own products", async () => {
    const seller = newUser('SELLER');
    const coupon = await createCoupon({ kind: 'FIXED', value: 500, minSubtotal: 2000 }, seller.client);
    expect(coupon).toMatchObject({
      sellerId: seller.id,
      currency: 'USD',
      description: '5.00 USD off products of one seller, on 20.00 USD or more',
    });
  });

  it('is FORBIDDEN to a plain buyer and changes nothing', async () => {
    const before = await countCoupons();
    const response = await newUser().client.createCoupon({ code: uniqueCode(), kind: 'PERCENT', value: 10 });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(await countCoupons()).toBe(before);
  });

  it('refuses a code that exists in any case with CONFLICT', async () => {
    const coupon = await createCoupon({});
    const before = await countCoupons();
    const response = await admin.createCoupon({ code: coupon.code.toLowerCase(), kind: 'FIXED', value: 100 });
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(response.errors![0].extensions!.details).toEqual({ field: 'code' });
    expect(await countCoupons()).toBe(before);
  });

  it.each([
    ['a percentage over 100', { kind: 'PERCENT', value: 150 }, 'value'],
    ['a malformed code', { code: 'no spaces!' }, 'code'],
    ['an end in the past', { endsAt: '2020-01-01T00:00:00Z' }, 'endsAt'],
    ['a negative usage limit', { usageLimit: -3 }, 'usageLimit'],
  ])('refuses %s with BAD_USER_INPUT', async (_name, input, field) => {
    const before = await countCoupons();
    const response = await admin.createCoupon({ code: uniqueCode(), kind: 'PERCENT', value: 10, ...input });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions!.details).toEqual({ field });
    expect(await countCoupons()).toBe(before);
  });
});

describe('applyCoupon', () => {
  it('applies a valid code in any case and shows the discount', async () => {
    const coupon = await createCoupon({ value: 10 });
    const buyer = await buyerWith([[1999, 3]]); // 5997
    const response = await buyer.client.applyCoupon(`  ${coupon.code.toLowerCase()} `);
    expect(response.errors).toBeUndefined();
    const cart = response.data!.applyCoupon;
    expect(cart.coupon).toEqual({
      code: coupon.code,
      description: '10% off your order',
      applicable: true,
      problem: null,
    });
    expect(cart.subtotal.amount).toBe(5997);
    expect(cart.discount.amount).toBe(600); // 599.7 -> 600
    expect(cart.total.amount).toBe(5397);
  });

  async function refusal(buyer: { id: string; client: CartClient }, code: string) {
    const before = await cartCouponOf(buyer.id);
    const response = await buyer.client.applyCoupon(code);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(await cartCouponOf(buyer.id)).toBe(before);
    return response.errors![0];
  }

  it('refuses a malformed code', async () => {
    const buyer = await buyerWith([[1000, 1]]);
    const error = await refusal(buyer, 'bad code; drop table');
    expect(error.extensions!.details).toEqual({ field: 'code' });
  });

  it('refuses an unknown code', async () => {
    const buyer = await buyerWith([[1000, 1]]);
    const error = await refusal(buyer, 'NO-SUCH-CODE');
    expect(error.extensions!.details).toEqual({ field: 'code', reason: 'UNKNOWN_CODE' });
  });

  it('refuses an expired coupon', async () => {
    const coupon = await createCoupon({ endsAt: new Date(Date.now() + 60_000).toISOString() });
    await db.query("UPDATE coupons SET ends_at = now() - interval '1 second' WHERE id = $1", [coupon.id]);
    const buyer = await buyerWith([[1000, 1]]);
    const error = await refusal(buyer, coupon.code);
    expect(error.message).toBe('This coupon has expired');
    expect(error.extensions!.details).toEqual({ field: 'code', reason: 'EXPIRED' });
  });

  it('refuses a coupon that has not started', async () => {
    const coupon = await createCoupon({ startsAt: new Date(Date.now() + 86_400_000).toISOString() });
    const buyer = await buyerWith([[1000, 1]]);
    const error = await refusal(buyer, coupon.code);
    expect(error.extensions!.details).toEqual({ field: 'code', reason: 'NOT_STARTED' });
  });

  it('refuses a coupon whose total uses are taken (a checkout reserved the last one)', async () => {
    const coupon = await createCoupon({ usageLimit: 1 });
    const first = await buyerWith([[1000, 1]]);
    expect((await first.client.applyCoupon(coupon.code)).errors).toBeUndefined();
    const quote = await postQuote(harness.baseUrl, harness.config.SERVICE_TOKEN, {
      buyerId: first.id,
      orderId: `order-${uniqueCode()}`,
    });
    expect(quote.status).toBe(200);
    const second = await buyerWith([[1000, 1]]);
    const error = await refusal(second, coupon.code);
    expect(error.extensions!.details).toEqual({ field: 'code', reason: 'USAGE_LIMIT_REACHED' });
  });

  it('refuses a buyer who already used the coupon as often as allowed', async () => {
    const coupon = await createCoupon({ perUserLimit: 1 });
    const buyer = await buyerWith([[1000, 2]]);
    expect((await buyer.client.applyCoupon(coupon.code)).errors).toBeUndefined();
    const orderId = `order-${uniqueCode()}`;
    expect(
      (await postQuote(harness.baseUrl, harness.config.SERVICE_TOKEN, { buyerId: buyer.id, orderId })).status,
    ).toBe(200);
    await harness.bus.publish([createEvent('orders', 'order.paid', { orderId, buyerId: buyer.id })]);
    await eventually('the paid order clears the cart', async () =>
      (await buyer.client.cart()).data!.cart.items.length === 0 ? true : undefined,
    );
    expect((await buyer.client.add(product().id, 1)).errors).toBeUndefined();
    const error = await refusal(buyer, coupon.code);
    expect(error.extensions!.details).toEqual({ field: 'code', reason: 'PER_USER_LIMIT_REACHED' });
    // Someone else may still use it.
    const other = await buyerWith([[1000, 1]]);
    expect((await other.client.applyCoupon(coupon.code)).errors).toBeUndefined();
  });

  it('checks the minimum subtotal, and the coupon stops applying when the cart drops below it', async () => {
    const coupon = await createCoupon({ kind: 'FIXED', value: 700, minSubtotal: 5000 });
    const buyer = await buyerWith([[1000, 3]]);
    const error = await refusal(buyer, coupon.code);
    expect(error.extensions!.details).toEqual({
      field: 'code',
      reason: 'MIN_SUBTOTAL_NOT_MET',
      minSubtotal: 5000,
      eligibleSubtotal: 3000,
    });
    const line = (await buyer.client.cart()).data!.cart.items[0];
    await buyer.client.update(line.id, 5);
    const applied = (await buyer.client.applyCoupon(coupon.code)).data!.applyCoupon;
    expect(applied).toMatchObject({ discount: { amount: 700 }, total: { amount: 4300 } });
    const lowered = (await buyer.client.update(line.id, 4)).data!.updateCartItem;
    expect(lowered.coupon).toMatchObject({
      code: coupon.code,
      applicable: false,
      problem: 'MIN_SUBTOTAL_NOT_MET',
    });
    expect(lowered).toMatchObject({ discount: { amount: 0 }, total: { amount: 4000 } });
  });

  it("discounts only the seller's lines for a seller coupon, minimum checked on those lines", async () => {
    const seller = newUser('SELLER');
    const percent = await createCoupon({ value: 10 }, seller.client);
    const buyer = await buyerWith([
      [2000, 1, seller.id],
      [1000, 3],
    ]);
    const cart = (await buyer.client.applyCoupon(percent.code)).data!.applyCoupon;
    expect(cart).toMatchObject({
      subtotal: { amount: 5000 },
      discount: { amount: 200 },
      total: { amount: 4800 },
    });

    const minimum = await createCoupon({ kind: 'FIXED', value: 300, minSubtotal: 2500 }, seller.client);
    const error = await refusal(buyer, minimum.code);
    expect(error.extensions!.details).toMatchObject({
      reason: 'MIN_SUBTOTAL_NOT_MET',
      eligibleSubtotal: 2000,
    });

    const stranger = await buyerWith([[9000, 1]]);
    expect((await refusal(stranger, percent.code)).extensions!.details).toEqual({
      field: 'code',
      reason: 'NO_ELIGIBLE_ITEMS',
    });
  });

  it('refuses a fixed coupon of another currency', async () => {
    const coupon = await createCoupon({ kind: 'FIXED', value: 100, currency: 'EUR' });
    const buyer = await buyerWith([[1000, 1]]);
    expect((await refusal(buyer, coupon.code)).extensions!.details).toEqual({
      field: 'code',
      reason: 'CURRENCY_MISMATCH',
    });
  });

  it('removeCoupon takes it off again', async () => {
    const coupon = await createCoupon({ value: 50 });
    const buyer = await buyerWith([[1000, 1]]);
    const applied = (await buyer.client.applyCoupon(coupon.code)).data!.applyCoupon;
    // Each answer is the cart as stored, not a guess of it.
    expect(applied).toEqual((await buyer.client.cart()).data!.cart);
    const cart = (await buyer.client.removeCoupon()).data!.removeCoupon;
    expect(cart).toMatchObject({ coupon: null, discount: { amount: 0 }, total: { amount: 1000 } });
    expect(cart).toEqual((await buyer.client.cart()).data!.cart);
    expect(await cartCouponOf(buyer.id)).toBeNull();
  });

  it('stops a buyer who keeps guessing codes with RATE_LIMITED', async () => {
    const coupon = await createCoupon({});
    const guesser = await buyerWith([[1000, 1]]);
    for (let i = 0; i < 5; i++) {
      expect(errorCodes(await guesser.client.applyCoupon(`GUESS${i}${uniqueCode()}`))).toEqual([
        'BAD_USER_INPUT',
      ]);
    }
    const blocked = await guesser.client.applyCoupon(coupon.code);
    expect(errorCodes(blocked)).toEqual(['RATE_LIMITED']);
    expect(blocked.errors![0].extensions!.details).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect(await cartCouponOf(guesser.id)).toBeNull();
    const honest = await buyerWith([[1000, 1]]);
    expect((await honest.client.applyCoupon(coupon.code)).errors).toBeUndefined();
  });
});
