import { MemoryCache, RedisCache } from '@commerce/cache';
import type { PlatformConfig } from '@commerce/config';
import { connectEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { exitOnSignal, failStartup } from './process';
import type { Subgraph } from './subgraph-definition';

/**
 * The process entry of a subgraph in full-stack mode, the same for every service (its main.ts is
 * `runSubgraphProcess(usersSubgraph)`): validate the configuration (a bad value exits 1 with one line
 * per variable), connect the bus and the cache, start, and on SIGTERM/SIGINT drain, close the bus and
 * the cache, exit 0.
 */
export function runSubgraphProcess<C extends PlatformConfig>(subgraph: Subgraph<C>): void {
  void (async () => {
    let logger = createLogger({ service: subgraph.name });
    try {
      const config = subgraph.loadConfig();
      logger = createLogger({ service: subgraph.name, level: config.LOG_LEVEL });
      const bus = await connectEventBus(config.RUNTIME_MODE, config.AMQP_URL, logger);
      // `memory`: the service keeps nothing shared, so it needs no Redis connection (or to depend on one).
      const cache =
        subgraph.cache === 'memory'
          ? new MemoryCache()
          : new RedisCache(config.REDIS_URL, `${subgraph.name}:`);
      const service = await subgraph.start(config, { logger, bus, cache });
      exitOnSignal(
        async () => {
          await service.stop();
          await bus.close();
          await cache.close();
        },
        logger,
        config.SHUTDOWN_TIMEOUT_MS + 2000,
      );
    } catch (error) {
      failStartup(logger, error);
    }
  })();
}
