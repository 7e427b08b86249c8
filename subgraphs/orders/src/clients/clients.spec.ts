import { randomUUID } from 'node:crypto';
import { InternalClient, Refusal, RetryableError } from '@commerce/http';
import { rejectionOf } from '@commerce/testing';
import { FakeHttpService } from '../testing/fake-http';
import { FakeServices, startFakeServices } from '../testing/fake-services';
import { HttpCart } from './cart.client';
import { HttpCatalog } from './catalog.client';
import { HttpPayments } from './payments.client';
import { HttpUsers } from './users.client';

// No engines: the other services are local fake HTTP servers speaking their contracts.
const TOKEN = 'a-service-token-for-tests';
let fakes: FakeServices;
let users: FakeHttpService;
const pools: InternalClient[] = [];

function http(service: string, baseUrl: string, token = TOKEN, timeoutMs = 300): InternalClient {
  const pool = new InternalClient({ service, baseUrl, serviceToken: token, timeoutMs, connections: 4 });
  pools.push(pool);
  return pool;
}

beforeAll(async () => {
  fakes = await startFakeServices(TOKEN);
  const address = { id: 'a-1', line1: '1 Main St', line2: null, city: 'X', postalCode: '123', country: 'US' };
  users = await new FakeHttpService('users', TOKEN, {
    'GET /internal/addresses': (_, query) =>
      query.get('userId') === 'owner'
        ? { status: 200, body: address }
        : { status: 404, body: { error: { code: 'NOT_FOUND', message: 'Address not found' } } },
  }).start();
});

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
  await fakes.close();
  await users.close();
});

afterEach(() => {
  fakes.catalog.heal();
  fakes.payments.heal();
});

describe('transport failures become RetryableError', () => {
  it('when the service is not listening', async () => {
    const catalog = new HttpCatalog(http('catalog', 'http://127.0.0.1:1'));
    const error = await rejectionOf(catalog.commit(randomUUID()), RetryableError);
    expect(error.service).toBe('catalog');
  });

  it.each([
    ['answers 503', { kind: 'fail' as const }],
    ['drops the connection', { kind: 'drop' as const }],
    ['does not answer within the timeout', { kind: 'hang' as const }],
  ])('when the service %s', async (_, trouble) => {
    fakes.catalog.inject('POST /inventory/reservations/commit', trouble);
    const catalog = new HttpCatalog(http('catalog', fakes.catalog.url));
    const started = Date.now();
    await rejectionOf(catalog.commit(randomUUID()), RetryableError);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('when the caller aborts (shutdown)', async () => {
    fakes.catalog.inject('POST /inventory/reservations/commit', { kind: 'hang' });
    const catalog = new HttpCatalog(http('catalog', fakes.catalog.url, TOKEN, 10_000));
    const controller = new AbortController();
    const pending = catalog.commit(randomUUID(), controller.signal);
    setTimeout(() => controller.abort(), 50);
    await rejectionOf(pending, RetryableError);
  });

  it('when the service refuses our token (a misconfiguration an operator must see)', async () => {
    const catalog = new HttpCatalog(http('catalog', fakes.catalog.url, 'not-the-token'));
    const error = await rejectionOf(catalog.release(randomUUID()), RetryableError);
    expect(error.message).toContain('answered 401');
  });
});

describe('catalog', () => {
  it('reserves, and refuses with OUT_OF_STOCK naming the product and what is left', async () => {
    const catalog = new HttpCatalog(http('catalog', fakes.catalog.url));
    const productId = randomUUID();
    fakes.catalog.setStock(productId, 1);
    const reservationId = randomUUID();
    const reserved = await catalog.reserve({
      reservationId,
      orderId: 'o',
      items: [{ productId, quantity: 1 }],
      ttlSeconds: 60,
    });
    expect(reserved).toMatchObject({ reservationId, status: 'RESERVED', expiresAt: expect.any(String) });
    const refusal = await rejectionOf(
      catalog.reserve({
        reservationId: randomUUID(),
        orderId: 'o',
        items: [{ productId, quantity: 1 }],
        ttlSeconds: 60,
      }),
      Refusal,
    );
    expect(refusal).toMatchObject({ code: 'OUT_OF_STOCK', details: { productId, available: 0 } });
    expect(fakes.catalog.callsTo('POST /inventory/reservations')[0].body).toEqual({
      reservationId,
      orderId: 'o',
      items: [{ productId, quantity: 1 }],
      ttlSeconds: 60,
    });
  });

  it('counts release and restock of an unknown reservation as done, but not commit', async () => {
    const catalog = new HttpCatalog(http('catalog', fakes.catalog.url));
    await expect(catalog.release(randomUUID())).resolves.toBeUndefined();
    await expect(catalog.restock(randomUUID())).resolves.toBeUndefined();
    await rejectionOf(catalog.commit(randomUUID()), RetryableError);
  });

  it('refuses a commit after release with CONFLICT', async () => {
    const catalog = new HttpCatalog(http('catalog', fakes.catalog.url));
    const productId = randomUUID();
    fakes.catalog.setStock(productId, 1);
    const reservationId = randomUUID();
    await catalog.reserve({
      reservationId,
      orderId: 'o',
      items: [{ productId, quantity: 1 }],
      ttlSeconds: 60,
    });
    await catalog.release(reservationId);
    expect((await rejectionOf(catalog.commit(reservationId), Refusal)).code).toBe('CONFLICT');
  });
});

describe('payments', () => {
  const request = (cardToken: string) => ({
    orderId: randomUUID(),
    buyerId: randomUUID(),
    amount: { amount: 100, currency: 'USD' },
    method: { type: 'CARD' as const, cardToken },
    idempotencyKey: randomUUID(),
  });

  it('authorizes, and refuses a declined card with PAYMENT_DECLINED and the reason', async () => {
    const payments = new HttpPayments(http('payments', fakes.payments.url));
    expect(await payments.authorize(request('tok_visa'))).toMatchObject({
      paymentId: expect.any(String),
      status: 'AUTHORIZED',
    });
    const refusal = await rejectionOf(
      payments.authorize(request('tok_chargeDeclinedInsufficientFunds')),
      Refusal,
    );
    expect(refusal).toMatchObject({ code: 'PAYMENT_DECLINED', details: { reason: 'insufficient_funds' } });
  });

  it('pays in one call (authorize and capture), once per key: a replay answers the same payment', async () => {
    const payments = new HttpPayments(http('payments', fakes.payments.url));
    const paying = request('tok_visa');
    const paid = await payments.pay(paying);
    expect(paid).toEqual({ paymentId: expect.any(String), status: 'CAPTURED' });
    expect(await payments.pay(paying)).toEqual(paid);
    expect(await payments.authorize(paying)).toEqual(paid);
    expect(fakes.payments.forOrder(paying.orderId)).toHaveLength(1);
    const refusal = await rejectionOf(payments.pay(request('tok_chargeDeclined')), Refusal);
    expect(refusal).toMatchObject({ code: 'PAYMENT_DECLINED', details: { reason: 'card_declined' } });
  });

  it('answers CONFLICT for a void of a captured payment', async () => {
    const payments = new HttpPayments(http('payments', fakes.payments.url));
    const { paymentId } = await payments.authorize(request('tok_visa'));
    await payments.capture(paymentId);
    expect((await rejectionOf(payments.void(paymentId), Refusal)).code).toBe('CONFLICT');
    await payments.refund(paymentId, 'test', { amount: 100, currency: 'USD' });
    expect(fakes.payments.payments.get(paymentId)!.status).toBe('REFUNDED');
  });
});

describe('cart and users', () => {
  it('quotes, and refuses an empty cart with CONFLICT', async () => {
    const cart = new HttpCart(http('cart', fakes.cart.url));
    const buyerId = randomUUID();
    expect((await rejectionOf(cart.quote(buyerId, randomUUID()), Refusal)).code).toBe('CONFLICT');
    fakes.cart.setCart(buyerId, [
      { productId: randomUUID(), sellerId: randomUUID(), quantity: 2, unitPrice: 50 },
    ]);
    expect(await cart.quote(buyerId, randomUUID())).toMatchObject({
      total: { amount: 100, currency: 'USD' },
    });
  });

  it("returns the owner's address and null for anyone else's", async () => {
    const lookup = new HttpUsers(http('users', users.url));
    expect(await lookup.address('owner', 'a-1')).toMatchObject({ id: 'a-1', city: 'X' });
    expect(await lookup.address('stranger', 'a-1')).toBeNull();
    expect(users.calls[0].query.get('addressId')).toBe('a-1');
  });
});
