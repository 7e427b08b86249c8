/**
 * Checkout end to end through the gateway while RabbitMQ is down, on the real users, catalog, cart,
 * orders and payments services: the checkout does not need the broker (service-to-service calls are
 * HTTP; events wait in each service's outbox), and once the broker is back the events arrive - cart
 * clears itself on order.paid, and a consumer of this run's exchange sees order.created and
 * order.paid, in that order.
 *
 * Stops the shared broker: a `serial` suite (jest.config.js), run alone after the others.
 */
import type { EventEnvelope } from '@commerce/events';
import { eventually, startBroker, stopBroker } from '@commerce/testing';
import { PRICE, Shop } from '../support/shop';
import { startTestSupergraph, TestSupergraph } from '../support/supergraph';

let supergraph: TestSupergraph<'orders'>;
let shop: Shop;
const events: EventEnvelope[] = [];

beforeAll(async () => {
  await startBroker();
  // Reconnect soon after the broker is back (the default back-off caps at 10 s).
  supergraph = await startTestSupergraph({ with: ['orders'], busReconnectMaxDelayMs: 500 });
  shop = await Shop.open(supergraph.gatewayUrl, supergraph.users.config, 'bo');
  // A consumer of this run's exchange, like any other service's: its durable queue keeps what is
  // routed to it while it is disconnected.
  await supergraph.bus.consume({
    consumer: 'e2e-broker-outage-spy',
    patterns: ['order.#'],
    handler: async (event) => {
      events.push(event);
    },
  });
}, 90_000);

afterAll(async () => {
  await startBroker();
  await supergraph?.stop();
}, 60_000);

function orderEvents(orderId: string): string[] {
  return events
    .filter((event) => (event.data as { orderId?: string }).orderId === orderId)
    .map((e) => e.type);
}

it('checkout through the gateway is PAID while RabbitMQ is down; the cart is cleared at once and its events arrive once the broker is back', async () => {
  const productId = await shop.createProduct(5);
  const buyer = await shop.signUpBuyer();
  await shop.addToCart(buyer, productId, 1);

  await stopBroker();
  try {
    await eventually('the bus to notice the broker is gone', async () =>
      supergraph.bus.isHealthy() ? undefined : true,
    );
    const order = await shop.checkout(buyer, shop.cardCheckout(buyer));
    expect(order.status).toBe('PAID');
    expect(order.payments).toEqual([
      expect.objectContaining({ status: 'CAPTURED', method: 'CARD', amount: { amount: PRICE } }),
    ]);
    expect(await shop.stockOf(productId)).toBe(4);
    // Nothing went out: order.created and order.paid wait in orders' outbox. The buyer still reads
    // its own write: cart applied the paid outcome on orders' direct call, not from the event.
    expect(await supergraph.orders.service.relay.pendingCount()).toBeGreaterThanOrEqual(2);
    expect(orderEvents(order.id)).toEqual([]);
    expect((await shop.cartOf(buyer)).items).toEqual([]);

    await startBroker();
    const arrived = await eventually(
      'order.created and order.paid to arrive',
      async () => {
        const types = orderEvents(order.id);
        return types.includes('order.created') && types.includes('order.paid') ? types : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    expect(arrived.indexOf('order.created')).toBeLessThan(arrived.indexOf('order.paid'));
    await eventually('orders outbox to drain', async () =>
      (await supergraph.orders.service.relay.pendingCount()) === 0 ? true : undefined,
    );
    // The order itself never changed: still PAID, one captured payment.
    const reread = await shop.orderOf(buyer, order.id);
    expect(reread.status).toBe('PAID');
    expect(reread.payments!.map((payment) => payment.status)).toEqual(['CAPTURED']);
  } finally {
    await startBroker();
  }
}, 120_000);
