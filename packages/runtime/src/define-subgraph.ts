import { setMaxListeners } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { DataSource } from 'typeorm';
import { JwksKeySource, JwtVerifier, RequestContext } from '@commerce/auth';
import type { PlatformConfig } from '@commerce/config';
import { isDatabaseReachable, openDatabase } from '@commerce/database';
import { CreateOutboxAndInbox1700000000000, OutboxRelay, OutboxWriter } from '@commerce/events';
import { baseRequestContext, createSubgraphServer } from '@commerce/graphql';
import { ServiceMetrics, startService } from '@commerce/http';
import type { LogScope } from '@commerce/logging';
import { ShutdownStack } from './shutdown-stack';
import type {
  DatabaseDeps,
  DatabaseSpec,
  PlatformDeps,
  RunningSubgraph,
  Store,
  Subgraph,
  SubgraphDefinition,
  SubgraphDependencies,
  Wiring,
} from './subgraph-definition';

/** The settings {@link defineSubgraph} reads to open a declared database. */
interface DatabaseSettings {
  DATABASE_URL: string;
  DATABASE_POOL_SIZE: number;
  DATABASE_PREPARED_STATEMENTS: boolean;
}

/**
 * One way to define a subgraph. The definition says what is particular to the service (its config,
 * database or stores, services, routes, consumers, workers); the returned {@link Subgraph} does the
 * start-up every service shares, in this order: open the database (with the outbox and inbox
 * migration) and the stores, build the services, start the outbox relay and the workers, subscribe
 * the consumers, verify tokens, serve GraphQL and the routes with /healthz, /readyz and /metrics.
 * On shutdown HTTP drains first, then everything stops in the reverse order it started; a start-up
 * that fails half-way undoes what it had done the same way.
 */
export function defineSubgraph<
  C extends PlatformConfig,
  V,
  S extends Record<string, Store> = Record<never, Store>,
  D extends DatabaseSpec | undefined = undefined,
  X extends object = { services: V },
>(definition: SubgraphDefinition<C, D, S, V, X>): Subgraph<C, RunningSubgraph<C, D, S, V>> {
  return {
    name: definition.name,
    cache: definition.cache ?? 'redis',
    loadConfig: (source) => definition.loadConfig(source),
    buildSchema: () => definition.schema(),
    start: (config, deps) => startSubgraph(definition, config, deps),
  };
}

async function startSubgraph<
  C extends PlatformConfig,
  D extends DatabaseSpec | undefined,
  S extends Record<string, Store>,
  V,
  X extends object,
>(
  definition: SubgraphDefinition<C, D, S, V, X>,
  config: C,
  { logger, bus, cache }: SubgraphDependencies,
): Promise<RunningSubgraph<C, D, S, V>> {
  const { name } = definition;
  const stack = new ShutdownStack(logger);
  // Every in-flight call listens to it: many listeners are expected.
  const shutdown = new AbortController();
  setMaxListeners(0, shutdown.signal);
  const platform: PlatformDeps<C> = {
    config,
    logger,
    bus,
    cache,
    metrics: new ServiceMetrics(name),
    internal: { serviceToken: config.SERVICE_TOKEN, logger },
    shutdownSignal: shutdown.signal,
  };
  try {
    const database = (
      definition.database ? await openServiceDatabase(name, definition.database, platform, stack) : {}
    ) as DatabaseDeps<D>;
    const stores = definition.stores ? await definition.stores({ ...platform, ...database }) : ({} as S);
    for (const [storeName, store] of Object.entries(stores)) stack.push(storeName, () => store.close());

    const services = await definition.services({ ...platform, ...database, stores });
    const wiring = { ...platform, ...database, stores, services } as unknown as Wiring<C, D, S, V>;
    const hooks = definition.onShutdown?.(wiring) ?? [];
    stack.push('shutdown hooks', async () => {
      for (const hook of hooks) {
        await hook().catch((error) => logger.error({ err: error }, 'shutdown hook failed'));
      }
    });

    const relay = (database as Partial<{ relay: OutboxRelay }>).relay;
    if (relay) {
      relay.start();
      stack.push('outbox relay', () => relay.stop());
    }
    for (const worker of definition.workers?.(wiring) ?? []) {
      worker.start();
      stack.push('worker', () => worker.stop());
    }
    for (const consumer of definition.consumers?.(wiring) ?? []) {
      stack.push(`consumer ${consumer.consumer}`, await bus.consume(consumer));
    }
    stack.push('shutdown signal', async () => shutdown.abort());

    const verifier = new JwtVerifier(definition.keySource?.(wiring) ?? new JwksKeySource(config.JWKS_URL), {
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
    });
    // Resolvers reach the services as `ctx.services` unless the definition says otherwise.
    const extend =
      definition.context ?? ((wiring: Wiring<C, D, S, V>) => ({ services: wiring.services }) as X);
    const context = async (request: { req: IncomingMessage; scope: LogScope }) => {
      const base: RequestContext = await baseRequestContext(verifier, request, config.TRUSTED_PROXY_HOPS);
      return { ...base, ...(await extend(wiring, base)) };
    };
    const schema = await definition.schema();
    const production = config.NODE_ENV === 'production';
    const { metrics } = platform;
    const running = await startService({
      name,
      port: definition.port(config),
      logger,
      metrics,
      graphql: { server: createSubgraphServer({ schema, logger, metrics, production }), context },
      routes: definition.routes?.(wiring) ?? [],
      readiness: readinessChecks(wiring, definition.readiness?.(wiring) ?? {}),
      onShutdown: [() => stack.unwind()],
      shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
      inProcess: config.INTERNAL_CALLS_IN_PROCESS,
    });
    return { ...running, ...database, config, services, stores };
  } catch (error) {
    await stack.unwind();
    throw error;
  }
}

/** Opens and migrates the service's database; with an outbox, the writer and its relay (not started). */
async function openServiceDatabase(
  name: string,
  spec: DatabaseSpec,
  { config, bus, logger }: PlatformDeps<PlatformConfig>,
  stack: ShutdownStack,
): Promise<
  { dataSource: DataSource } | { dataSource: DataSource; outbox: OutboxWriter; relay: OutboxRelay }
> {
  const settings = config as PlatformConfig & Partial<DatabaseSettings>;
  if (!settings.DATABASE_URL || !settings.DATABASE_POOL_SIZE) {
    throw new Error(`${name} declares a database but its config has no DATABASE_URL (use databaseShape)`);
  }
  const dataSource = await openDatabase({
    url: settings.DATABASE_URL,
    poolSize: settings.DATABASE_POOL_SIZE,
    preparedStatements: settings.DATABASE_PREPARED_STATEMENTS,
    entities: spec.entities,
    migrations: [CreateOutboxAndInbox1700000000000, ...spec.migrations],
    logger,
  });
  stack.push('database', () => dataSource.destroy());
  if (spec.outbox === false) return { dataSource };
  const relay = new OutboxRelay(dataSource, bus, logger);
  return { dataSource, outbox: new OutboxWriter(name, () => relay.kick()), relay };
}

/** /readyz: the database, each store under its name, the bus, and the service's own checks. */
function readinessChecks(
  wiring: { bus: PlatformDeps<unknown>['bus']; stores: Record<string, Store>; dataSource?: DataSource },
  extra: Record<string, () => Promise<boolean>>,
): Record<string, () => Promise<boolean>> {
  const { dataSource, stores, bus } = wiring;
  return {
    ...(dataSource ? { database: () => isDatabaseReachable(dataSource) } : {}),
    ...Object.fromEntries(
      Object.entries(stores).map(([storeName, store]) => [storeName, () => store.isReachable()]),
    ),
    eventBus: async () => bus.isHealthy(),
    ...extra,
  };
}
