/** Process entry for full-stack mode: the cart subgraph on its own, against real engines. */
import { RedisCache } from '@commerce/cache';
import { connectEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { exitOnSignal, failStartup } from '@commerce/runtime';
import { startCartService } from './cart-subgraph';
import { loadCartConfig } from './config';

async function main(): Promise<void> {
  let logger = createLogger({ service: 'cart' });
  try {
    const config = loadCartConfig();
    logger = createLogger({ service: 'cart', level: config.LOG_LEVEL });
    const bus = await connectEventBus(config.RUNTIME_MODE, config.AMQP_URL, logger);
    const cache = new RedisCache(config.REDIS_URL, 'cart:');
    const service = await startCartService(config, { logger, bus, cache });
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
