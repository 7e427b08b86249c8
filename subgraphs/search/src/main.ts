/** Process entry for full-stack mode: the search subgraph on its own, against real engines. */
import { MemoryCache } from '@commerce/cache';
import { connectEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { exitOnSignal, failStartup } from '@commerce/runtime';
import { loadSearchConfig } from './config';
import { startSearchService } from './search-service';

async function main(): Promise<void> {
  let logger = createLogger({ service: 'search' });
  try {
    const config = loadSearchConfig();
    logger = createLogger({ service: 'search', level: config.LOG_LEVEL });
    const bus = await connectEventBus(config.RUNTIME_MODE, config.AMQP_URL, logger);
    // Search keeps nothing in the shared cache (yet): no Redis connection to open, or to depend on.
    const cache = new MemoryCache();
    const service = await startSearchService(config, { logger, bus, cache });
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
