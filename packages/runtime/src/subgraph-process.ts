import { Cache, MemoryCache, RedisCache } from '@commerce/cache';
import type { PlatformConfig } from '@commerce/config';
import { connectEventBus, EventBus } from '@commerce/events';
import { createLogger, Logger } from '@commerce/logging';
import { exitOnSignal, failStartup } from './process';

/** What every subgraph's `start*Service` receives in full-stack mode. */
export interface SubgraphDependencies {
  logger: Logger;
  bus: EventBus;
  cache: Cache;
}

export interface SubgraphProcessOptions<C extends PlatformConfig> {
  /** Service name: log field, Redis key prefix. */
  name: string;
  loadConfig: () => C;
  start: (config: C, deps: SubgraphDependencies) => Promise<{ stop(): Promise<void> }>;
  /** `redis` (default): shared with the service's other replicas; `memory`: the service keeps nothing shared. */
  cache?: 'redis' | 'memory';
}

/**
 * The process entry of a subgraph in full-stack mode, the same for every service: validate the
 * configuration (a bad value exits 1 with one line per variable), connect the bus and the cache, start,
 * and on SIGTERM/SIGINT drain, close the bus and the cache, exit 0.
 */
export function runSubgraphProcess<C extends PlatformConfig>(options: SubgraphProcessOptions<C>): void {
  void (async () => {
    let logger = createLogger({ service: options.name });
    try {
      const config = options.loadConfig();
      logger = createLogger({ service: options.name, level: config.LOG_LEVEL });
      const bus = await connectEventBus(config.RUNTIME_MODE, config.AMQP_URL, logger);
      const cache =
        options.cache === 'memory' ? new MemoryCache() : new RedisCache(config.REDIS_URL, `${options.name}:`);
      const service = await options.start(config, { logger, bus, cache });
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
