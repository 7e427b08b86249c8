/** Process entry for full-stack mode: the catalog subgraph on its own, against real engines. */
import { RedisCache } from '@commerce/cache';
import { connectEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { exitOnSignal, failStartup } from '@commerce/runtime';
import { startCatalogService } from './catalog-service';
import { loadCatalogConfig } from './config';

async function main(): Promise<void> {
  let logger = createLogger({ service: 'catalog' });
  try {
    const config = loadCatalogConfig();
    logger = createLogger({ service: 'catalog', level: config.LOG_LEVEL });
    const bus = await connectEventBus(config.RUNTIME_MODE, config.AMQP_URL, logger);
    const cache = new RedisCache(config.REDIS_URL, 'catalog:');
    const service = await startCatalogService(config, { logger, bus, cache });
    logger.info({ store: config.CATALOG_STORE }, 'catalog store ready');
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
