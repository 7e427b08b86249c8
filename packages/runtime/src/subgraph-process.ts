import { MemoryCache, RedisCache } from '@commerce/cache';
import type { PlatformConfig } from '@commerce/config';
import { connectEventBus } from '@commerce/events';
import { createLogger, Logger } from '@commerce/logging';
import { exitOnSignal, failStartup } from './process';
import type { Subgraph } from './subgraph-definition';

/** One service of a process: its definition and the environment its configuration is read from. */
export interface ProcessMember {
  subgraph: Subgraph<PlatformConfig>;
  env?: NodeJS.ProcessEnv;
}

/**
 * The process entry of a subgraph in full-stack mode, the same for every service (its main.ts is
 * `runSubgraphProcess(usersSubgraph)`): validate the configuration (a bad value exits 1 with one line
 * per variable), connect the bus and the cache, start, and on SIGTERM/SIGINT drain, close the bus and
 * the cache, exit 0.
 */
export function runSubgraphProcess<C extends PlatformConfig>(subgraph: Subgraph<C>): void {
  runSubgraphGroup([{ subgraph }]);
}

/**
 * Several subgraphs in one process (deployment grouping, e.g. the checkout cell: orders, cart, catalog,
 * payments): each keeps its own configuration, database and cache keys, they share one bus connection,
 * and with INTERNAL_CALLS_IN_PROCESS their internal calls to each other skip the socket. Started in the
 * order given (consumers before producers, as scripts/lib/subgraphs.js lists them), stopped in reverse.
 */
export function runSubgraphGroup(members: ProcessMember[]): void {
  void (async () => {
    const name = members.map((member) => member.subgraph.name).join('+');
    let logger: Logger = createLogger({ service: name });
    try {
      const configs = members.map((member) => member.subgraph.loadConfig(member.env));
      const first = configs[0];
      logger = createLogger({ service: name, level: first.LOG_LEVEL });
      const bus = await connectEventBus(first.RUNTIME_MODE, first.AMQP_URL, logger);
      const stops: (() => Promise<void>)[] = [() => bus.close()];
      for (const [index, { subgraph }] of members.entries()) {
        const config = configs[index];
        // `memory`: the service keeps nothing shared, so it needs no Redis connection (or to depend on one).
        const cache =
          subgraph.cache === 'memory'
            ? new MemoryCache()
            : new RedisCache(config.REDIS_URL, `${subgraph.name}:`);
        const serviceLogger = createLogger({ service: subgraph.name, level: config.LOG_LEVEL });
        const service = await subgraph.start(config, { logger: serviceLogger, bus, cache });
        stops.unshift(
          () => service.stop(),
          () => cache.close(),
        );
      }
      const shutdownMs = Math.max(...configs.map((config) => config.SHUTDOWN_TIMEOUT_MS));
      exitOnSignal(
        async () => {
          for (const stop of stops) await stop();
        },
        logger,
        shutdownMs + 2000,
      );
    } catch (error) {
      failStartup(logger, error);
    }
  })();
}
