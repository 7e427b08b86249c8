import { createLogger } from '@commerce/logging';
import { describeEventBusContract } from './event-bus.contract';
import { InProcessEventBus } from './in-process-bus';
import { connectEventBus, sharedInProcessBus } from './create-bus';

// Engines: PostgreSQL for the outbox/inbox cases; the bus itself lives in this process.
const logger = createLogger({ service: 'events-test', level: 'silent' });

describeEventBusContract('in-process', async () => new InProcessEventBus(logger));

describe('sharedInProcessBus', () => {
  it('returns one instance per process, and a fresh one once it was closed', async () => {
    const first = sharedInProcessBus(logger);
    expect(sharedInProcessBus(logger)).toBe(first);
    // Embedded services all get it, so a publisher and a consumer in one process meet.
    expect(await connectEventBus('embedded', 'amqp://never-used', logger)).toBe(first);
    await first.close();
    const next = sharedInProcessBus(logger);
    expect(next).not.toBe(first);
    expect(next.isHealthy()).toBe(true);
    await next.close();
  });
});
