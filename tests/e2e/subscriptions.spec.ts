/**
 * GraphQL subscriptions end to end: graphql-ws clients on the gateway's `/graphql`, every service real
 * (users, catalog, cart, orders, payments on fresh databases, one RabbitMQ bus, Redis for the live
 * channel). Orders' events travel outbox -> RabbitMQ -> the gateway's bridge -> Redis pub/sub -> every
 * gateway replica, and each update is resolved through the supergraph with the subscriber's token.
 */
import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { graphql, LiveClient, LiveFeed } from '@commerce/testing';
import {
  MarkDeliveredDocument,
  MarkShippedDocument,
  OrderStatusChangedDocument,
  OrderStatusChangedSubscription,
  OrderStatusOnlyDocument,
} from '../generated/graphql';
import { Buyer, Shop } from '../support/shop';
import { startTestSupergraph, TestSupergraph } from '../support/supergraph';

const WITH_HISTORY = `subscription Follow($orderId: ID!) {
  orderStatusChanged(orderId: $orderId) { status statusHistory { status at } }
}`;
type PaidUpdate = {
  orderStatusChanged: { status: string; statusHistory: { status: string; at: string }[] };
};

let supergraph: TestSupergraph<'orders'>;
let url: string;
let shop: Shop;
/** A second seller (its own shop), for orders with lines of two sellers. */
let otherShop: Shop;
const clients: LiveClient[] = [];

function connect(token?: string, gatewayUrl = url): LiveClient {
  const client = LiveClient.connect(gatewayUrl, token);
  clients.push(client);
  return client;
}

/** A buyer with a PAID order of one unit of each of `shops`' new products. */
async function paidOrder(...shops: Shop[]): Promise<{ buyer: Buyer; orderId: string; names: string[] }> {
  const buyer = await shop.signUpBuyer();
  const names: string[] = [];
  for (const [index, seller] of shops.entries()) {
    const name = `Live kettle ${index} ${Date.now()}`;
    const productId = await seller.createProduct(5, 2500, { name });
    names.push(name);
    await shop.addToCart(buyer, productId, 1);
  }
  const order = await shop.checkout(buyer, shop.cardCheckout(buyer));
  expect(order.status).toBe('PAID');
  return { buyer, orderId: order.id, names };
}

/** The statuses a feed saw, repeats of the same status folded (an event may restate the current one). */
function statuses(feed: LiveFeed<OrderStatusChangedSubscription>): string[] {
  const seen: string[] = [];
  for (const result of feed.results) {
    const status = result.data?.orderStatusChanged.status;
    if (status && seen[seen.length - 1] !== status) seen.push(status);
  }
  return seen;
}

/** The first result with `status`, and how long after `since` it arrived. */
async function arrival(feed: LiveFeed<OrderStatusChangedSubscription>, status: string, since: number) {
  const result = await feed.until(`status ${status}`, (f) =>
    f.results.find((r) => r.data?.orderStatusChanged.status === status),
  );
  return { result, afterMs: result.receivedAt - since };
}

beforeAll(async () => {
  supergraph = await startTestSupergraph({
    with: ['orders'],
    usersEnv: { LOGIN_MAX_ATTEMPTS_PER_IP: '1000' },
  });
  url = supergraph.gatewayUrl;
  shop = await Shop.open(url, supergraph.users.config, 'live');
  otherShop = await Shop.open(url, supergraph.users.config, 'live2');
}, 90_000);

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

afterAll(async () => {
  await supergraph?.stop();
});

describe('orderStatusChanged', () => {
  it('sends the buyer the current state, then SHIPPED and DELIVERED within 1 s, with federated fields', async () => {
    const { buyer, orderId, names } = await paidOrder(shop);
    const subscribedAt = Date.now();
    const feed = connect(buyer.token).subscribe(OrderStatusChangedDocument, { orderId });

    const paid = await arrival(feed, 'PAID', subscribedAt);
    expect(paid.afterMs).toBeLessThan(1000);
    const current = paid.result.data!.orderStatusChanged;
    expect(current.id).toBe(orderId);
    expect(current.items.map((item) => item.product.name)).toEqual(names); // from catalog
    expect(current.payments!.map((payment) => payment.status)).toEqual(['CAPTURED']); // from payments

    const token = shop.seller.token;
    const shipped = await graphql(
      url,
      MarkShippedDocument,
      { orderId, carrier: 'UPS', trackingNumber: '1Z999' },
      { token },
    );
    expect(shipped.errors).toBeUndefined();
    const shippedAt = Date.now();
    expect((await arrival(feed, 'SHIPPED', shippedAt)).afterMs).toBeLessThan(1000);

    const delivered = await graphql(url, MarkDeliveredDocument, { orderId }, { token });
    expect(delivered.errors).toBeUndefined();
    const deliveredAt = Date.now();
    const last = await arrival(feed, 'DELIVERED', deliveredAt);
    expect(last.afterMs).toBeLessThan(1000);
    expect(last.result.data!.orderStatusChanged.items[0].product.name).toBe(names[0]);

    expect(statuses(feed)).toEqual(['PAID', 'SHIPPED', 'DELIVERED']);
    expect(feed.results.every((result) => result.errors === undefined)).toBe(true);
  });

  it('sends PAID within 1 s of the change when a PAYPAL payment is approved', async () => {
    const productId = await shop.createProduct(5);
    const buyer = await shop.signUpBuyer();
    await shop.addToCart(buyer, productId, 1);
    const order = await shop.checkout(buyer, {
      paymentMethod: { type: 'PAYPAL' },
      shippingAddressId: buyer.addressId,
      idempotencyKey: randomUUID(),
    });
    expect(order.status).toBe('PENDING');
    const feed = connect(buyer.token).subscribe<PaidUpdate, { orderId: string }>(WITH_HISTORY, {
      orderId: order.id,
    });
    expect((await feed.result(0)).data!.orderStatusChanged.status).toBe('PENDING');

    // The buyer approves at the (simulated) provider: payment.authorized wakes orders' saga.
    const action = await graphql<{ order: { paymentAction: { redirectUrl: string } } }, { id: string }>(
      url,
      'query($id: ID!) { order(id: $id) { paymentAction { redirectUrl } } }',
      { id: order.id },
      { token: buyer.token },
    );
    const approval = new URL(action.data!.order.paymentAction.redirectUrl);
    approval.searchParams.set('decision', 'approve');
    const approved = await request(`${supergraph.payments.base}${approval.pathname}${approval.search}`);
    await approved.body.dump();
    expect(approved.statusCode).toBeLessThan(400);

    const paid = await feed.until('PAID', (f) =>
      f.results.find((r) => r.data?.orderStatusChanged.status === 'PAID'),
    );
    const change = paid.data!.orderStatusChanged.statusHistory.find((entry) => entry.status === 'PAID')!;
    expect(paid.receivedAt - Date.parse(change.at)).toBeLessThan(1000);
  });

  it("refuses another buyer's subscription exactly like an order that does not exist", async () => {
    const { orderId } = await paidOrder(shop);
    const stranger = await shop.signUpBuyer();
    const client = connect(stranger.token);
    const theirs = client.subscribe(OrderStatusOnlyDocument, { orderId });
    const unknown = client.subscribe(OrderStatusOnlyDocument, {
      orderId: '00000000-0000-4000-8000-000000000000',
    });
    await theirs.ended();
    await unknown.ended();
    for (const feed of [theirs, unknown]) {
      expect(feed.results).toHaveLength(1);
      expect(feed.results[0].data ?? null).toBeNull();
      expect(feed.results[0].errors!.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
      expect(feed.completed).toBe(true);
    }
    // Same message for both: nothing tells the stranger the order exists.
    expect(theirs.results[0].errors![0].message).toBe(unknown.results[0].errors![0].message);
  });

  it('shows a seller only its own lines, ADMIN every line, and a seller of none of them nothing', async () => {
    const { orderId } = await paidOrder(shop, otherShop);
    const mine = connect(shop.seller.token).subscribe(OrderStatusChangedDocument, { orderId });
    const first = await mine.result(0);
    expect(first.data!.orderStatusChanged.items.map((item) => item.seller.id)).toEqual([shop.seller.id]);
    const admin = connect(shop.admin.token).subscribe(OrderStatusChangedDocument, { orderId });
    expect(
      (await admin.result(0)).data!.orderStatusChanged.items.map((item) => item.seller.id).sort(),
    ).toEqual([shop.seller.id, otherShop.seller.id].sort());

    const outsider = await Shop.open(url, supergraph.users.config, 'live3');
    const none = connect(outsider.seller.token).subscribe(OrderStatusOnlyDocument, { orderId });
    await none.ended();
    expect(none.results[0].errors!.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);

    // The update after a change is scoped the same way.
    const shipped = await graphql(
      url,
      MarkShippedDocument,
      { orderId, carrier: 'DHL', trackingNumber: 'JD0001' },
      { token: shop.seller.token },
    );
    expect(shipped.errors).toBeUndefined();
    const update = await mine.until('a second update', (feed) => feed.results[1]);
    expect(update.data!.orderStatusChanged.items.map((item) => item.seller.id)).toEqual([shop.seller.id]);
  });

  it('reaches a subscriber on one gateway replica when the change goes through another', async () => {
    const replica = await supergraph.startGatewayReplica();
    const { buyer, orderId } = await paidOrder(shop);
    const onReplica = connect(buyer.token, replica.url).subscribe(OrderStatusChangedDocument, { orderId });
    const onFirst = connect(buyer.token).subscribe(OrderStatusChangedDocument, { orderId });
    await onReplica.result(0);
    await onFirst.result(0);

    const shipped = await graphql(
      url,
      MarkShippedDocument,
      { orderId, carrier: 'UPS', trackingNumber: '1Z42' },
      { token: shop.seller.token },
    );
    expect(shipped.errors).toBeUndefined();
    const shippedAt = Date.now();
    // Both replicas compete for the bus queue; the live channel brings the event to each of them.
    expect((await arrival(onReplica, 'SHIPPED', shippedAt)).afterMs).toBeLessThan(1000);
    expect((await arrival(onFirst, 'SHIPPED', shippedAt)).afterMs).toBeLessThan(1000);
  });
});

describe('bad input', () => {
  it('answers a malformed order id with BAD_USER_INPUT and ends the subscription', async () => {
    const { buyer } = await paidOrder(shop);
    const feed = connect(buyer.token).subscribe(OrderStatusOnlyDocument, { orderId: 'not-an-id' });
    await feed.ended();
    expect(feed.results[0].errors!.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('closes a socket without a token with 4401', async () => {
    const client = connect();
    client.subscribe(OrderStatusOnlyDocument, { orderId: '00000000-0000-4000-8000-000000000000' });
    expect(await client.closed()).toEqual({ code: 4401, reason: expect.stringMatching(/^Unauthorized/) });
  });

  it('closes a socket with a forged token with 4401', async () => {
    const { buyer } = await paidOrder(shop);
    const [header, payload] = buyer.token.split('.');
    const client = connect(`${header}.${payload}.forged-signature`);
    client.subscribe(OrderStatusOnlyDocument, { orderId: '00000000-0000-4000-8000-000000000000' });
    expect((await client.closed()).code).toBe(4401);
  });

  it('serves 100 subscriptions on one socket and refuses the 900 beyond with RATE_LIMITED', async () => {
    const { buyer, orderId } = await paidOrder(shop);
    const client = connect(buyer.token);
    const feeds = Array.from({ length: 1000 }, () => client.subscribe(OrderStatusOnlyDocument, { orderId }));
    const served = feeds.slice(0, 100);
    const refused = feeds.slice(100);
    await Promise.all(refused.map((feed) => feed.ended()));
    for (const feed of refused) {
      expect(feed.refused!.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
    }
    await Promise.all(served.map((feed) => feed.result(0, 20_000)));
    for (const feed of served) expect(feed.results[0].data!.orderStatusChanged.status).toBe('PAID');
    // The socket survived the refusals: the served subscriptions still get updates.
    await graphql(
      url,
      MarkShippedDocument,
      { orderId, carrier: 'UPS', trackingNumber: '1Z1000' },
      { token: shop.seller.token },
    );
    await Promise.all(
      served.map((feed) =>
        feed.until('SHIPPED', (f) => f.results.some((r) => r.data?.orderStatusChanged.status === 'SHIPPED')),
      ),
    );
  }, 60_000);

  it('refuses a subscription sent over HTTP with a clear error', async () => {
    const { buyer, orderId } = await paidOrder(shop);
    const response = await graphql(url, OrderStatusOnlyDocument, { orderId }, { token: buyer.token });
    expect(response.errors!.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
