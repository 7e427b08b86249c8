/** Process entry for full-stack mode: the payments subgraph on its own, against real engines. */
import { RedisCache } from '@commerce/cache';
import { connectEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { exitOnSignal, failStartup } from '@commerce/runtime';
import { loadPaymentsConfig } from './config';
import { startPaymentsService } from './payments-service';

async function main(): Promise<void> {
  let logger = createLogger({ service: 'payments' });
  try {
    const config = loadPaymentsConfig();
    logger = createLogger({ service: 'payments', level: config.LOG_LEVEL });
    const bus = await connectEventBus(config.RUNTIME_MODE, config.AMQP_URL, logger);
    const cache = new RedisCache(config.REDIS_URL, 'payments:');
    const service = await startPaymentsService(config, { logger, bus, cache });
    exitOnSignal(async () => {
      await service.stop();
      await bus.close();
      await cache.close();
    }, logger);
  } catch (error) {
    failStartup(logger, error);
  }
}

void main();
