import type { Logger } from '@commerce/logging';
import type { EventBus } from './bus';
import { InProcessEventBus } from './in-process-bus';
import { RabbitMqEventBus } from './rabbitmq-bus';

/** `embedded`: every service in one process; `stack`: one process per service, RabbitMQ between them. */
export type EventBusMode = 'embedded' | 'stack';

let shared: InProcessEventBus | null = null;

/**
 * The process-wide in-process bus. In embedded mode all services run in one process, and a publisher
 * and a consumer only meet if they hold the same instance, so every service gets this one.
 * The logger of the first caller is kept. A closed instance is replaced by a fresh one on the next call.
 */
export function sharedInProcessBus(logger: Logger): InProcessEventBus {
  if (!shared || !shared.isHealthy()) shared = new InProcessEventBus(logger);
  return shared;
}

/**
 * The event bus for the run mode: the shared in-process bus for `embedded`, otherwise a RabbitMQ bus
 * that has made its first connection attempt. When RabbitMQ is unreachable it still returns: the bus
 * reconnects in the background, `isHealthy()` stays false and publishes reject until then (the outbox
 * keeps the events), so a service can start before the broker.
 */
export async function connectEventBus(
  mode: EventBusMode,
  amqpUrl: string,
  logger: Logger,
): Promise<EventBus> {
  if (mode === 'embedded') return sharedInProcessBus(logger);
  const bus = new RabbitMqEventBus(amqpUrl, logger);
  await bus.start();
  return bus;
}
