import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { errorCodes, eventually, graphql, GraphQLResponse } from '@commerce/testing';
import { Account, OrdersHarness, startOrdersHarness } from './testing/orders-harness';
import { ordersClient, OrderView } from './testing/orders-operations';

// Engines: PostgreSQL, Redis (users). Real users service for tokens and addresses; fake cart,
// catalog and payments (their contracts).
let harness: OrdersHarness;
let db: Client;
let api: ReturnType<typeof ordersClient>;
let buyer: Account;
let otherBuyer: Account;
let seller: Account;
let secondSeller: Account;
let otherSeller: Account;
let admin: Account;

beforeAll(async () => {
  harness = await startOrdersHarness({ env: { RETURN_WINDOW_DAYS: '14' } });
  api = ordersClient(harness.url);
  db = new Client({ connectionString: harness.database.url });
  await db.connect();
  [buyer, otherBuyer, seller, secondSeller, otherSeller, admin] = await Promise.all([
    harness.buyer(),
    harness.buyer(),
    harness.seller(),
    harness.seller(),
    harness.seller(),
    harness.admin(),
  ]);
}, 60_000);

afterAll(async () => {
  await db?.end();
  await harness?.stop();
});

/** Checks out one unit of a fresh product from each seller; `token` picks the outcome. */
async function placeOrder(
  from: Account[] = [seller],
  who = buyer,
  cardToken = 'tok_visa',
): Promise<OrderView> {
  const lines = from.map((s) => {
    const productId = randomUUID();
    harness.fakes.catalog.setStock(productId, 5);
    return { productId, sellerId: s.id, quantity: 1, unitPrice: 1000 };
  });
  harness.fakes.cart.setCart(who.id, lines);
  const response = await api.checkout(who.token, {
    paymentMethod: { type: 'CARD', cardToken },
    idempotencyKey: randomUUID(),
  });
  expect(response.errors).toBeUndefined();
  return response.data!.checkout;
}

/** Runs a command that must succeed and returns the order it answered. */
async function ok(
  response: Promise<{ data?: Record<string, OrderView> | null; errors?: unknown[] }>,
): Promise<OrderView> {
  const result = await response;
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0];
}

function eventFor(type: string, orderId: string) {
  return eventually(type, async () =>
    harness.events.find((e) => e.type === type && (e.data as { orderId: string }).orderId === orderId),
  );
}

describe('reading orders', () => {
  let order: OrderView;

  beforeAll(async () => {
    order = await placeOrder([seller, secondSeller]);
  });

  it('shows the order to its buyer, its sellers and ADMIN', async () => {
    for (const who of [buyer, seller, secondSeller, admin]) {
      const response = await api.order(who.token, order.id);
      expect(response.errors).toBeUndefined();
      expect(response.data!.order!.id).toBe(order.id);
    }
  });

  it('shows a seller only its own lines of a multi-seller order', async () => {
    const asSeller = (await api.order(seller.token, order.id)).data!.order!;
    expect(asSeller.items.map((i) => i.seller.id)).toEqual([seller.id]);
    const asBuyer = (await api.order(buyer.token, order.id)).data!.order!;
    expect(asBuyer.items.map((i) => i.seller.id)).toEqual([seller.id, secondSeller.id]);
  });

  it('answers NOT_FOUND to another buyer and an unrelated seller, UNAUTHENTICATED to nobody', async () => {
    for (const who of [otherBuyer, otherSeller]) {
      const response = await api.order(who.token, order.id);
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
      expect(response.data!.order).toBeNull();
    }
    expect(errorCodes(await api.order(undefined, order.id))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await api.order(buyer.token, 'not-an-id'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.order(buyer.token, randomUUID()))).toEqual(['NOT_FOUND']);
  });

  it("lists the buyer's orders newest first, by pages, with a status filter and totalCount", async () => {
    const shopper = await harness.buyer();
    const placed = [];
    for (let i = 0; i < 3; i++) placed.push(await placeOrder([seller], shopper));
    placed.push(await placeOrder([seller], shopper, 'tok_chargeDeclined'));
    const first = (await api.list(shopper.token, 'myOrders', { first: 2 })).data!.myOrders;
    expect(first.totalCount).toBe(4);
    expect(first.edges.map((e) => e.node.id)).toEqual([placed[3].id, placed[2].id]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await api.list(shopper.token, 'myOrders', { first: 5, after: first.pageInfo.endCursor! }))
      .data!.myOrders;
    expect(rest.edges.map((e) => e.node.id)).toEqual([placed[1].id, placed[0].id]);
    expect(rest.pageInfo).toEqual({ hasNextPage: false, endCursor: rest.edges[1].cursor });
    const failed = (await api.list(shopper.token, 'myOrders', { status: 'PAYMENT_FAILED' })).data!.myOrders;
    expect(failed.edges.map((e) => e.node.id)).toEqual([placed[3].id]);
    expect(failed.totalCount).toBe(1);
  });

  it('refuses bad page arguments', async () => {
    expect(errorCodes(await api.list(buyer.token, 'myOrders', { first: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.list(buyer.token, 'myOrders', { after: 'garbage' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it("lists a seller's orders (only those with its items) and refuses a non-seller", async () => {
    const mine = (await api.list(secondSeller.token, 'sellerOrders', { first: 100 })).data!.sellerOrders;
    expect(mine.edges.map((e) => e.node.id)).toContain(order.id);
    for (const edge of mine.edges)
      expect(edge.node.items.every((i) => i.seller.id === secondSeller.id)).toBe(true);
    const none = (await api.list(otherSeller.token, 'sellerOrders')).data!.sellerOrders;
    expect(none.edges.map((e) => e.node.id)).not.toContain(order.id);
    expect(errorCodes(await api.list(buyer.token, 'sellerOrders'))).toEqual(['FORBIDDEN']);
  });

  it('resolves Order references with one store query, hiding orders the caller may not see', async () => {
    const other = await placeOrder([seller], otherBuyer);
    const spy = jest.spyOn(harness.service.services.orders, 'findByIds');
    const representations = [order.id, other.id, randomUUID()].map((id) => ({ __typename: 'Order', id }));
    const response = await graphql<{ _entities: ({ id: string; status: string } | null)[] }, unknown>(
      harness.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id status } } }',
      { r: representations },
      { token: buyer.token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toEqual([{ id: order.id, status: 'PAID' }, null, null]);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});

describe('life after checkout', () => {
  it('ships, delivers, takes a return and refunds it, recording every change and its event', async () => {
    const order = await placeOrder();
    const shipped = await ok(api.markShipped(seller.token, order.id, 'UPS', '1Z999AA1'));
    expect(shipped.status).toBe('SHIPPED');
    expect(shipped.shipment).toMatchObject({
      carrier: 'UPS',
      trackingNumber: '1Z999AA1',
      status: 'SHIPPED',
      seller: { id: seller.id },
    });
    expect(shipped.shipment!.events).toEqual([
      { status: 'SHIPPED', description: 'Handed to UPS, tracking number 1Z999AA1', at: expect.any(String) },
    ]);
    const delivered = await ok(api.markDelivered(seller.token, order.id));
    expect(delivered.status).toBe('DELIVERED');
    expect(delivered.shipment!.events.map((e) => e.status)).toEqual(['SHIPPED', 'DELIVERED']);
    const returned = await ok(api.requestReturn(buyer.token, order.id, 'Wrong size'));
    expect(returned.status).toBe('RETURN_REQUESTED');
    const refunded = await ok(api.approveRefund(seller.token, order.id));
    expect(refunded.status).toBe('REFUNDED');
    expect(refunded.statusHistory.map((c) => [c.status, c.actor?.id ?? null])).toEqual([
      ['PENDING', buyer.id],
      ['PAID', null],
      ['SHIPPED', seller.id],
      ['DELIVERED', seller.id],
      ['RETURN_REQUESTED', buyer.id],
      ['REFUNDED', seller.id],
    ]);
    expect(refunded.statusHistory[4].reason).toBe('Wrong size');
    expect(harness.fakes.payments.forOrder(order.id).map((p) => p.status)).toEqual(['REFUNDED']);
    for (const type of ['order.shipped', 'order.delivered', 'order.return_requested', 'order.refunded']) {
      const event = await eventFor(type, order.id);
      expect(event.data).toMatchObject({ orderId: order.id, buyerId: buyer.id, sellerIds: [seller.id] });
    }
    expect((await eventFor('order.shipped', order.id)).data).toMatchObject({
      shipments: [{ sellerId: seller.id, carrier: 'UPS', trackingNumber: '1Z999AA1' }],
    });
  });

  it('ships a multi-seller order seller by seller, and only ADMIN refunds it', async () => {
    const order = await placeOrder([seller, secondSeller]);
    const partly = await ok(api.markShipped(seller.token, order.id, 'DHL', 'JD0001'));
    expect(partly.status).toBe('PAID');
    expect(partly.shipments).toHaveLength(1);
    expect((await eventFor('order.shipment_updated', order.id)).data).toMatchObject({
      sellerId: seller.id,
      shipmentStatus: 'SHIPPED',
    });
    expect(errorCodes(await api.cancelOrder(buyer.token, order.id))).toEqual(['CONFLICT']);
    expect((await ok(api.markShipped(secondSeller.token, order.id, 'UPS', 'UP0002'))).status).toBe('SHIPPED');
    expect((await ok(api.markDelivered(seller.token, order.id))).status).toBe('SHIPPED');
    expect((await ok(api.markDelivered(admin.token, order.id))).status).toBe('DELIVERED');
    await ok(api.requestReturn(buyer.token, order.id));
    expect(errorCodes(await api.approveRefund(seller.token, order.id))).toEqual(['FORBIDDEN']);
    expect((await ok(api.approveRefund(admin.token, order.id))).status).toBe('REFUNDED');
  });

  it('cancels a paid order before shipping: stock back on sale, payment refunded', async () => {
    const order = await placeOrder();
    const productId = order.items[0].product.id;
    expect(harness.fakes.catalog.stock.get(productId)).toBe(4);
    const cancelled = await ok(api.cancelOrder(buyer.token, order.id));
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.statusHistory.at(-1)).toMatchObject({
      reason: 'Cancelled by the buyer',
      actor: { id: buyer.id },
    });
    expect(harness.fakes.catalog.stock.get(productId)).toBe(5);
    expect(harness.fakes.catalog.reservations.get(order.id)?.status).toBe('RESTOCKED');
    expect(harness.fakes.payments.forOrder(order.id).map((p) => p.status)).toEqual(['REFUNDED']);
    expect((await eventFor('order.cancelled', order.id)).data).toMatchObject({
      reason: 'Cancelled by the buyer',
      cartId: expect.any(String),
    });
  });

  it('finishes the refund of a cancelled order in the background when payments is down', async () => {
    const order = await placeOrder();
    harness.fakes.payments.inject('POST /payments/refund', { kind: 'fail' }, 5);
    const cancelled = await ok(api.cancelOrder(admin.token, order.id));
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.statusHistory.at(-1)!.reason).toBe('Cancelled by an admin');
    await eventually('the refund', async () =>
      harness.fakes.payments.forOrder(order.id)[0].status === 'REFUNDED' ? true : undefined,
    );
    harness.fakes.payments.heal();
  });

  it('refuses a return after the return window', async () => {
    const order = await placeOrder();
    await ok(api.markShipped(seller.token, order.id));
    await ok(api.markDelivered(seller.token, order.id));
    await db.query(`UPDATE orders SET delivered_at = now() - interval '15 days' WHERE id = $1`, [order.id]);
    const late = await api.requestReturn(buyer.token, order.id);
    expect(errorCodes(late)).toEqual(['CONFLICT']);
    expect(late.errors![0].extensions!.details).toEqual({ returnWindowDays: 14 });
  });

  it('lets each command only to whom it belongs', async () => {
    const order = await placeOrder();
    expect(errorCodes(await api.markShipped(buyer.token, order.id))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.markShipped(otherSeller.token, order.id))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await api.cancelOrder(otherBuyer.token, order.id))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await api.cancelOrder(seller.token, order.id))).toEqual(['FORBIDDEN']);
    await ok(api.markShipped(seller.token, order.id));
    expect(errorCodes(await api.markDelivered(buyer.token, order.id))).toEqual(['FORBIDDEN']);
    await ok(api.markDelivered(seller.token, order.id));
    expect(errorCodes(await api.requestReturn(seller.token, order.id))).toEqual(['FORBIDDEN']);
    await ok(api.requestReturn(buyer.token, order.id));
    expect(errorCodes(await api.approveRefund(buyer.token, order.id))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.approveRefund(otherSeller.token, order.id))).toEqual(['NOT_FOUND']);
    expect((await api.order(buyer.token, order.id)).data!.order!.status).toBe('RETURN_REQUESTED');
  });

  it('refuses bad command input with BAD_USER_INPUT', async () => {
    const order = await placeOrder();
    const badTracking = await api.markShipped(seller.token, order.id, 'UPS', 'no spaces allowed');
    expect(errorCodes(badTracking)).toEqual(['BAD_USER_INPUT']);
    expect(badTracking.errors![0].extensions!.details).toEqual({ field: 'trackingNumber' });
    expect(errorCodes(await api.markShipped(seller.token, order.id, '', 'ABC123'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await api.markShipped(seller.token, 'nope'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.requestReturn(buyer.token, order.id, ''))).toEqual(['BAD_USER_INPUT']);
    expect((await api.order(buyer.token, order.id)).data!.order!.status).toBe('PAID');
  });
});

/**
 * Waits until nothing more will happen to the order by itself: its sagas (checkout, and the refund
 * and restock that a cancel or refund starts) are finished and every outbox row is published. Only
 * then does "no new event" say something about the refused commands.
 */
async function settled(orderId: string): Promise<void> {
  await eventually(`order ${orderId} to settle`, async () => {
    const { rows } = await db.query(
      `SELECT (SELECT count(*) FROM sagas WHERE subject_id = $1
                 AND status IN ('running', 'waiting', 'compensating'))::int AS sagas,
              (SELECT count(*) FROM outbox WHERE published_at IS NULL)::int AS unpublished`,
      [orderId],
    );
    return rows[0].sagas === 0 && rows[0].unpublished === 0 ? true : undefined;
  });
}

describe('every illegal transition is refused with CONFLICT and changes nothing', () => {
  type Command = 'cancel' | 'ship' | 'deliver' | 'return' | 'refund';
  const run: Record<Command, (id: string) => Promise<GraphQLResponse<Record<string, OrderView>>>> = {
    cancel: (id) => api.cancelOrder(admin.token, id),
    ship: (id) => api.markShipped(seller.token, id),
    deliver: (id) => api.markDelivered(admin.token, id),
    return: (id) => api.requestReturn(buyer.token, id),
    refund: (id) => api.approveRefund(admin.token, id),
  };
  /** Each status, the commands it refuses, and how to bring a fresh order there. */
  const cases: [string, Command[], Command[]][] = [
    ['PAID', ['deliver', 'return', 'refund'], []],
    ['PAYMENT_FAILED', ['cancel', 'ship', 'deliver', 'return', 'refund'], []],
    ['CANCELLED', ['cancel', 'ship', 'deliver', 'return', 'refund'], ['cancel']],
    ['SHIPPED', ['cancel', 'ship', 'return', 'refund'], ['ship']],
    ['DELIVERED', ['cancel', 'ship', 'deliver', 'refund'], ['ship', 'deliver']],
    ['RETURN_REQUESTED', ['cancel', 'ship', 'deliver', 'return'], ['ship', 'deliver', 'return']],
    ['REFUNDED', ['cancel', 'ship', 'deliver', 'return', 'refund'], ['ship', 'deliver', 'return', 'refund']],
  ];

  it.each(cases)('%s refuses %j', async (status, refused, path) => {
    const order = await placeOrder(
      [seller],
      buyer,
      status === 'PAYMENT_FAILED' ? 'tok_chargeDeclined' : 'tok_visa',
    );
    for (const step of path) await ok(run[step](order.id));
    await settled(order.id);
    const before = (await api.order(buyer.token, order.id)).data!.order!;
    expect(before.status).toBe(status);
    const events = harness.events.length;
    for (const command of refused) {
      const response = await run[command](order.id);
      expect({ command, codes: errorCodes(response) }).toEqual({ command, codes: ['CONFLICT'] });
    }
    const after = (await api.order(buyer.token, order.id)).data!.order!;
    expect(after.statusHistory).toEqual(before.statusHistory);
    expect(after.shipments).toEqual(before.shipments);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(
      harness.events.slice(events).filter((e) => (e.data as { orderId: string }).orderId === order.id),
    ).toEqual([]);
  });
});

describe('runtime endpoints', () => {
  it('answers /readyz with its database and bus', async () => {
    const ready = await fetch(harness.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ checks: { database: true, eventBus: true } });
  });
});
