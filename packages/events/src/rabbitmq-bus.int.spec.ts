import { createLogger } from '@commerce/logging';
import { createTestVhost, eventually, type TestVhost } from '@commerce/testing';
import { describeEventBusContract } from './event-bus.contract';
import { RabbitMqEventBus } from './rabbitmq-bus';

// Engines: RabbitMQ (a vhost of this file's own, deleted at the end with every queue the suite
// declared) and PostgreSQL. The broker is never stopped here: the cases that stop it live in
// rabbitmq-bus.serial.int.spec.ts, which runs alone.
const logger = createLogger({ service: 'events-test', level: 'silent' });
let vhost: TestVhost | undefined;

describeEventBusContract(
  'RabbitMQ',
  async () => {
    vhost = await createTestVhost('events-contract');
    const bus = new RabbitMqEventBus(vhost.url, logger);
    await bus.start();
    await eventually('the bus to connect', async () => (bus.isHealthy() ? true : undefined), {
      timeoutMs: 20_000,
    });
    return bus;
  },
  { cleanup: async () => vhost?.drop() },
);
