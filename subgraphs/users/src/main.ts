/** Process entry for full-stack mode: the users subgraph on its own, against real engines. */
import { RedisCache } from '@commerce/cache';
import { connectEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { exitOnSignal, failStartup } from '@commerce/runtime';
import { loadUsersConfig } from './config';
import { startUsersService } from './users-service';

async function main(): Promise<void> {
  let logger = createLogger({ service: 'users' });
  try {
    const config = loadUsersConfig();
    logger = createLogger({ service: 'users', level: config.LOG_LEVEL });
    const bus = await connectEventBus(config.RUNTIME_MODE, config.AMQP_URL, logger);
    const cache = new RedisCache(config.REDIS_URL, 'users:');
    const service = await startUsersService(config, { logger, bus, cache });
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
