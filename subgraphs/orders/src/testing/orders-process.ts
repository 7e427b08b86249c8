/**
 * Entry of an orders service in its own process, for the crash spec (which kills it with SIGKILL).
 * Settings come from the environment like main.ts; events go to an in-process bus because nothing
 * in that process consumes them (they stay in the outbox table, which is what the spec checks).
 */
import { MemoryCache } from '@commerce/cache';
import { InProcessEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { loadOrdersConfig } from '../config';
import { ordersSubgraph } from '../server';

const logger = createLogger({ service: 'orders', level: 'info' });
const deps = { logger, bus: new InProcessEventBus(logger), cache: new MemoryCache() };
ordersSubgraph.start(loadOrdersConfig(), deps).catch((error) => {
  logger.fatal({ err: error }, 'start-up failed');
  process.exit(1);
});
