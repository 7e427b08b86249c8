import { randomBytes, randomUUID } from 'node:crypto';
import * as amqp from 'amqplib';
import { RabbitMqEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { engines, eventually, rabbitmqctl, startBroker, stopBroker } from '@commerce/testing';
import { OrdersHarness, startOrdersHarness } from './testing/orders-harness';
import { ordersClient } from './testing/orders-operations';

// Engines: RabbitMQ (stopped and started again by this file: it runs alone, after the other
// suites), PostgreSQL, Redis. Events go to an exchange of this run only.
const run = randomBytes(4).toString('hex');
const exchange = `commerce.events.orders-test-${run}`;
const logger = createLogger({ service: 'orders-events-test', level: 'silent' });
let bus: RabbitMqEventBus;
let harness: OrdersHarness;

beforeAll(async () => {
  await startBroker();
  bus = new RabbitMqEventBus(engines.TEST_AMQP_URL, logger, { exchange, reconnectMaxDelayMs: 500 });
  await bus.start();
  await eventually('the bus to connect', async () => (bus.isHealthy() ? true : undefined), {
    timeoutMs: 20_000,
  });
  harness = await startOrdersHarness({ bus });
}, 90_000);

afterAll(async () => {
  await startBroker();
  await harness?.stop();
  await bus?.close();
  // Bindings go with the exchange; the spec's own consumer queues (main, .dlq, .retry.<ms>) go too.
  // The orders service's durable queue (orders-payment-approvals) stays: a real orders service
  // declares it anyway, and deleting it could disturb one.
  const consumer = `orders-spec-${harness.database.name}`;
  const doomed = (await rabbitmqctl('list_queues', '--silent', 'name'))
    .split('\n')
    .map((line) => line.trim())
    .filter((name) => name === consumer || name.startsWith(`${consumer}.`));
  const connection = await amqp.connect(engines.TEST_AMQP_URL);
  try {
    const channel = await connection.createChannel();
    await channel.deleteExchange(exchange);
    for (const name of doomed) await channel.deleteQueue(name);
  } finally {
    await connection.close();
  }
}, 60_000);

it('checkout succeeds while RabbitMQ is down, and its events arrive once it is back', async () => {
  const api = ordersClient(harness.url);
  const buyer = await harness.buyer();
  const productId = randomUUID();
  harness.fakes.catalog.setStock(productId, 5);
  harness.fakes.cart.setCart(buyer.id, [{ productId, sellerId: randomUUID(), quantity: 1, unitPrice: 500 }]);

  await stopBroker();
  try {
    await eventually('the bus to notice the broker is gone', async () =>
      bus.isHealthy() ? undefined : true,
    );
    const response = await api.checkout(buyer.token, {
      paymentMethod: { type: 'CARD', cardToken: 'tok_visa' },
      idempotencyKey: randomUUID(),
    });
    expect(response.errors).toBeUndefined();
    const order = response.data!.checkout;
    expect(order.status).toBe('PAID');
    expect(harness.fakes.payments.forOrder(order.id).map((p) => p.status)).toEqual(['CAPTURED']);
    expect(await harness.service.relay.pendingCount()).toBeGreaterThanOrEqual(2);
    expect(harness.events.filter((e) => (e.data as { orderId: string }).orderId === order.id)).toEqual([]);

    await startBroker();
    const arrived = await eventually(
      'order.created and order.paid',
      async () => {
        const types = harness.events
          .filter((e) => (e.data as { orderId: string }).orderId === order.id)
          .map((e) => e.type);
        return types.includes('order.created') && types.includes('order.paid') ? types : undefined;
      },
      { timeoutMs: 30_000 },
    );
    expect(arrived.indexOf('order.created')).toBeLessThan(arrived.indexOf('order.paid'));
    expect(await harness.service.relay.pendingCount()).toBe(0);
  } finally {
    await startBroker();
  }
}, 90_000);
