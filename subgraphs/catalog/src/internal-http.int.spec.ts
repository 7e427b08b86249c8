/**
 * The internal (service-to-service) endpoints on a running catalog over PostgreSQL: service-token
 * authentication, the reservation flow over HTTP, expiry by the service's own sweeper, restock of a
 * cancelled paid order, and the reindex export.
 */
import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { Role } from '@commerce/auth';
import { eventually, graphql } from '@commerce/testing';
import type { ProductSnapshot } from '@commerce/contracts';
import { CatalogHarness, startCatalogHarness } from './testing/catalog-harness';

let harness: CatalogHarness;
let sellerToken: string;
let categoryId: string;

interface HttpAnswer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function http(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  token?: string | null,
): Promise<HttpAnswer> {
  const response = await request(`${harness.base}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token === null ? {} : { authorization: `Bearer ${token ?? harness.config.SERVICE_TOKEN}` }),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.body.text();
  return { status: response.statusCode, body: text ? JSON.parse(text) : null };
}

const reserve = (body: unknown) => http('POST', '/inventory/reservations', body);
const commit = (reservationId: string) => http('POST', '/inventory/reservations/commit', { reservationId });
const release = (reservationId: string) => http('POST', '/inventory/reservations/release', { reservationId });
const restock = (reservationId: string) => http('POST', '/inventory/restock', { reservationId });

async function newProduct(stock: number, status = 'ACTIVE'): Promise<string> {
  const response = await graphql<{ createProduct: { id: string } }, unknown>(
    harness.url,
    `
      mutation ($input: CreateProductInput!) {
        createProduct(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        categoryId,
        name: `Widget ${randomUUID().slice(0, 6)}`,
        description: 'A widget',
        price: { amount: 500, currency: 'USD' },
        stock,
        status,
      },
    },
    { token: sellerToken },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.createProduct.id;
}

async function stockOf(productId: string): Promise<number> {
  const [product] = await harness.service.stores.store.findProductsByIds([productId]);
  return product!.stockAvailable;
}

beforeAll(async () => {
  harness = await startCatalogHarness('postgres', { RESERVATION_SWEEP_INTERVAL_MS: '100' });
  sellerToken = harness.issuer.token([Role.SELLER]).token;
  const admin = harness.issuer.token([Role.ADMIN]).token;
  const category = await graphql<{ createCategory: { id: string } }, unknown>(
    harness.url,
    `
      mutation {
        createCategory(input: { name: "Widgets" }) {
          id
        }
      }
    `,
    {},
    { token: admin },
  );
  categoryId = category.data!.createCategory.id;
});

afterAll(async () => {
  await harness.stop();
});

describe('service token', () => {
  it.each([
    ['POST', '/inventory/reservations'],
    ['POST', '/inventory/reservations/commit'],
    ['POST', '/inventory/reservations/release'],
    ['POST', '/inventory/restock'],
    ['GET', '/internal/products'],
  ] as const)('%s %s answers 401 without a valid service token', async (method, path) => {
    const body = method === 'POST' ? { reservationId: randomUUID(), items: [] } : undefined;
    for (const token of [null, 'wrong-token-0123456789', sellerToken]) {
      const answer = await http(method, path, body, token);
      expect(answer.status).toBe(401);
      expect(answer.body.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('is not part of the GraphQL schema', async () => {
    const response = await graphql<unknown, unknown>(
      harness.url,
      '{ __schema { mutationType { fields { name } } } }',
    );
    expect(JSON.stringify(response.data)).not.toMatch(/reserv/i);
  });
});

describe('reservations over HTTP', () => {
  it('reserves, answers retries the same, commits idempotently and refuses to release after commit', async () => {
    const productId = await newProduct(5);
    const body = { reservationId: randomUUID(), orderId: 'order-1', items: [{ productId, quantity: 2 }] };
    const first = await reserve(body);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      reservationId: body.reservationId,
      orderId: 'order-1',
      status: 'RESERVED',
      expiresAt: expect.any(String),
      items: [{ productId, quantity: 2 }],
    });
    const ttl = Date.parse(first.body.expiresAt) - Date.now();
    expect(ttl).toBeGreaterThan(890_000);
    expect(ttl).toBeLessThanOrEqual(900_000);
    expect(await reserve(body)).toEqual(first);
    expect(await stockOf(productId)).toBe(3);

    const reused = await reserve({ ...body, items: [{ productId, quantity: 1 }] });
    expect(reused.status).toBe(409);
    expect(reused.body.error.code).toBe('CONFLICT');

    expect(await commit(body.reservationId)).toMatchObject({ status: 200, body: { status: 'COMMITTED' } });
    expect(await commit(body.reservationId)).toMatchObject({ status: 200, body: { status: 'COMMITTED' } });
    const late = await release(body.reservationId);
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ code: 'CONFLICT', details: { status: 'COMMITTED' } });
    expect(await stockOf(productId)).toBe(3);
    expect((await commit(randomUUID())).status).toBe(404);
    await eventually('inventory.changed', async () =>
      harness.events.find(
        (e) => e.type === 'inventory.changed' && (e.data as { delta: number }).delta === -2,
      ),
    );
  });

  it('answers 409 OUT_OF_STOCK with what is available, all-or-nothing, and remembers the answer', async () => {
    const plenty = await newProduct(10);
    const scarce = await newProduct(1);
    const body = {
      reservationId: randomUUID(),
      items: [
        { productId: plenty, quantity: 4 },
        { productId: scarce, quantity: 2 },
      ],
    };
    const refused = await reserve(body);
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({
      error: {
        code: 'OUT_OF_STOCK',
        message: expect.any(String),
        details: { productId: scarce, available: 1 },
      },
    });
    expect(await stockOf(plenty)).toBe(10);
    expect(await reserve(body)).toEqual(refused);
    const unknown = await reserve({
      reservationId: randomUUID(),
      items: [{ productId: randomUUID(), quantity: 1 }],
    });
    expect(unknown.status).toBe(409);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
    const draft = await newProduct(5, 'DRAFT');
    const notForSale = await reserve({
      reservationId: randomUUID(),
      items: [{ productId: draft, quantity: 1 }],
    });
    expect(notForSale.body.error).toMatchObject({ code: 'OUT_OF_STOCK', details: { available: 0 } });
  });

  it('releases stock exactly once; a released reservation cannot be committed', async () => {
    const productId = await newProduct(4);
    const reservationId = randomUUID();
    await reserve({ reservationId, items: [{ productId, quantity: 3 }] });
    expect(await stockOf(productId)).toBe(1);
    const releases = await Promise.all([
      release(reservationId),
      release(reservationId),
      release(reservationId),
    ]);
    expect(releases.map((r) => [r.status, r.body.status])).toEqual(Array(3).fill([200, 'RELEASED']));
    expect(await stockOf(productId)).toBe(4);
    const refused = await commit(reservationId);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'CONFLICT', details: { status: 'RELEASED' } });
  });

  it('lets exactly 10 of 50 concurrent requests reserve the last 10 units', async () => {
    const productId = await newProduct(10);
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        reserve({ reservationId: randomUUID(), items: [{ productId, quantity: 1 }] }),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(10);
    expect(answers.filter((a) => a.status === 409 && a.body.error.code === 'OUT_OF_STOCK')).toHaveLength(40);
    expect(await stockOf(productId)).toBe(0);
  });

  it('expires an uncommitted reservation through the running sweeper and returns its stock', async () => {
    const productId = await newProduct(3);
    const reservationId = randomUUID();
    const answer = await reserve({ reservationId, items: [{ productId, quantity: 3 }], ttlSeconds: 1 });
    expect(answer.status).toBe(200);
    expect(await stockOf(productId)).toBe(0);
    await eventually(
      'the sweeper to expire the reservation',
      async () =>
        (await harness.service.stores.store.findReservation(reservationId))?.status === 'EXPIRED'
          ? true
          : undefined,
      { timeoutMs: 10_000 },
    );
    expect(await stockOf(productId)).toBe(3);
    expect((await commit(reservationId)).body.error).toMatchObject({
      code: 'CONFLICT',
      details: { status: 'EXPIRED' },
    });
  });

  it.each([
    ['not JSON', '{"reservationId": ', 'body'],
    ['no items', { reservationId: randomUUID(), items: [] }, 'items'],
    [
      'a non-UUID reservation id',
      { reservationId: 'r-1', items: [{ productId: randomUUID(), quantity: 1 }] },
      'reservationId',
    ],
    [
      'a zero quantity',
      { reservationId: randomUUID(), items: [{ productId: randomUUID(), quantity: 0 }] },
      'items.0.quantity',
    ],
    [
      'a repeated product',
      {
        reservationId: randomUUID(),
        items: [
          { productId: '6f1c1c1e-5a3a-4f4f-9f9f-000000000001', quantity: 1 },
          { productId: '6f1c1c1e-5a3a-4f4f-9f9f-000000000001', quantity: 2 },
        ],
      },
      'items.1.productId',
    ],
    [
      'a too long ttl',
      { reservationId: randomUUID(), items: [{ productId: randomUUID(), quantity: 1 }], ttlSeconds: 10 ** 9 },
      'ttlSeconds',
    ],
  ])('answers 400 BAD_USER_INPUT to %s and reserves nothing', async (_what, body, field) => {
    const before = await harness.counts();
    const answer = await reserve(body);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
    expect(await harness.counts()).toEqual(before);
  });

  it('restocks a committed reservation once (concurrent retries too) and emits inventory.changed', async () => {
    const productId = await newProduct(6);
    const reservationId = randomUUID();
    await reserve({ reservationId, orderId: 'order-restock', items: [{ productId, quantity: 4 }] });
    expect(await commit(reservationId)).toMatchObject({ status: 200, body: { status: 'COMMITTED' } });
    expect(await stockOf(productId)).toBe(2);
    const answers = await Promise.all(Array.from({ length: 5 }, () => restock(reservationId)));
    for (const answer of answers) {
      expect(answer).toEqual({
        status: 200,
        body: {
          reservationId,
          orderId: 'order-restock',
          status: 'RESTOCKED',
          expiresAt: expect.any(String),
          items: [{ productId, quantity: 4 }],
        },
      });
    }
    expect(await stockOf(productId)).toBe(6);
    expect(await restock(reservationId)).toMatchObject({ status: 200, body: { status: 'RESTOCKED' } });
    expect(await stockOf(productId)).toBe(6);
    await eventually('inventory.changed with reason restock', async () =>
      harness.events.find(
        (e) =>
          e.type === 'inventory.changed' &&
          (e.data as { reason: string; reservationId?: string }).reason === 'restock' &&
          (e.data as { reservationId?: string }).reservationId === reservationId,
      ),
    );
    const restocks = harness.events.filter(
      (e) =>
        (e.data as { reason?: string }).reason === 'restock' &&
        (e.data as { reservationId?: string }).reservationId === reservationId,
    );
    expect(new Set(restocks.map((e) => e.id)).size).toBe(1);
    expect(restocks[0].data).toEqual({
      productId,
      stockAvailable: 6,
      delta: 4,
      reason: 'restock',
      reservationId,
    });
  });

  it('restock releases a reservation never committed and leaves a released one as it is', async () => {
    const productId = await newProduct(5);
    const reservationId = randomUUID();
    await reserve({ reservationId, items: [{ productId, quantity: 2 }] });
    expect(await stockOf(productId)).toBe(3);
    expect(await restock(reservationId)).toMatchObject({ status: 200, body: { status: 'RELEASED' } });
    expect(await stockOf(productId)).toBe(5);
    expect(await restock(reservationId)).toMatchObject({ status: 200, body: { status: 'RELEASED' } });
    expect(await release(reservationId)).toMatchObject({ status: 200, body: { status: 'RELEASED' } });
    expect(await stockOf(productId)).toBe(5);
  });

  it('answers 404 NOT_FOUND to a restock of an unknown reservation and stores nothing', async () => {
    const reservationId = randomUUID();
    const answer = await restock(reservationId);
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('NOT_FOUND');
    expect(await harness.service.stores.store.findReservation(reservationId)).toBeNull();
  });

  it('answers 400 to a commit, release or restock without a valid reservation id', async () => {
    for (const body of ['{"reservationId": ', { reservationId: 42 }, { reservationId: 'r-1' }, {}]) {
      const answer = await http('POST', '/inventory/restock', body);
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('BAD_USER_INPUT');
    }
    for (const path of [
      '/inventory/reservations/commit',
      '/inventory/reservations/release',
      '/inventory/restock',
    ]) {
      const answer = await http('POST', path, { reservationId: 42 });
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field: 'reservationId' },
      });
    }
  });
});

describe('reindex export', () => {
  it('pages through every product, any status, in id order, as indexing snapshots', async () => {
    const draft = await newProduct(2, 'DRAFT');
    const items: ProductSnapshot[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const answer: HttpAnswer = await http(
        'GET',
        `/internal/products?limit=3${after ? `&after=${after}` : ''}`,
      );
      expect(answer.status).toBe(200);
      items.push(...answer.body.items);
      after = answer.body.nextCursor;
      if (!after) break;
    }
    const total = (await harness.counts()).products;
    expect(items).toHaveLength(total);
    expect(items.map((i) => i.productId)).toEqual(items.map((i) => i.productId).sort());
    const exported = items.find((i) => i.productId === draft)!;
    expect(exported).toMatchObject({
      status: 'DRAFT',
      categoryPath: [{ id: categoryId, name: 'Widgets', slug: 'widgets' }],
      price: { amount: 500, currency: 'USD' },
      stockAvailable: 2,
    });
  });

  it('answers 400 to a bad limit or cursor', async () => {
    expect((await http('GET', '/internal/products?limit=0')).body.error).toMatchObject({
      details: { field: 'limit' },
    });
    expect((await http('GET', '/internal/products?limit=1001')).status).toBe(400);
    expect((await http('GET', '/internal/products?after=nonsense')).body.error).toMatchObject({
      details: { field: 'after' },
    });
  });
});

describe('shutdown', () => {
  it('stops the sweeper and the relay and closes the store', async () => {
    const other = await startCatalogHarness('postgres');
    await other.stop();
    expect(await other.service.stores.store.isReachable()).toBe(false);
    await expect(other.service.stop()).resolves.toBeUndefined();
  });
});
