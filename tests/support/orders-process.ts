/**
 * Entry of the out-of-process orders service of an end-to-end run (`ordersProcess: true`), loaded by
 * the bootstrap of subgraphs/orders/src/testing/orders-child.ts. Settings come from the environment
 * like main.ts; events go to the run's RabbitMQ exchange (E2E_EXCHANGE) with the run's queue prefix
 * (E2E_RUN), exactly like the in-process services of the run, so cart sees its order.paid.
 */
import { MemoryCache } from '@commerce/cache';
import { RabbitMqEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { loadOrdersConfig, ordersSubgraph } from '@commerce/orders';
import { RunScopedBus } from './run-scoped-bus';

async function main(): Promise<void> {
  const logger = createLogger({ service: 'orders', level: 'info' });
  const config = loadOrdersConfig();
  const run = process.env.E2E_RUN;
  const exchange = process.env.E2E_EXCHANGE;
  if (!run || !exchange) throw new Error('E2E_RUN and E2E_EXCHANGE are required');
  const rabbit = new RabbitMqEventBus(config.AMQP_URL, logger, { exchange, reconnectMaxDelayMs: 1000 });
  await rabbit.start();
  await ordersSubgraph.start(config, {
    logger,
    bus: new RunScopedBus(rabbit, run),
    cache: new MemoryCache(),
  });
}

main().catch((error) => {
  // eslint-disable-next-line no-console -- before a logger exists; the parent reads the child's stderr
  console.error(error);
  process.exit(1);
});
