import type { GraphQLSchema } from 'graphql';
import type { DataSource, MigrationInterface } from 'typeorm';
import type { PublicKeySource, RequestContext } from '@commerce/auth';
import type { Cache } from '@commerce/cache';
import type { PlatformConfig } from '@commerce/config';
import type { DatabaseOptions } from '@commerce/database';
import type { ConsumerOptions, EventBus, OutboxRelay, OutboxWriter } from '@commerce/events';
import type { InternalRouteDefaults, Route, RunningService, ServiceMetrics } from '@commerce/http';
import type { Logger } from '@commerce/logging';

/**
 * What the process hands a subgraph (main.ts, the embedded launcher, a test harness): in embedded
 * mode the bus and the cache are shared by every service of the process.
 */
export interface SubgraphDependencies {
  logger: Logger;
  bus: EventBus;
  cache: Cache;
}

/** The service's own PostgreSQL database, opened (and migrated) before anything else starts. */
export interface DatabaseSpec {
  entities: DatabaseOptions['entities'];
  /** The service's migrations, oldest first; the outbox and inbox tables' migration is added before them. */
  migrations: Array<new () => MigrationInterface>;
  /**
   * `false` for a service that only consumes (its inbox lives here) and publishes nothing: no outbox
   * writer, no relay polling an outbox that stays empty. Default true.
   */
  outbox?: boolean;
}

/** A database declared with an outbox gives the service a writer and the relay that publishes it. */
export interface OutboxDeps {
  /** Records events in the caller's transaction and wakes the relay once it commits. */
  outbox: OutboxWriter;
  relay: OutboxRelay;
}

/** What a declared database adds to the dependencies (nothing when the service declares none). */
export type DatabaseDeps<D> = D extends DatabaseSpec
  ? D extends { outbox: false }
    ? { dataSource: DataSource }
    : { dataSource: DataSource } & OutboxDeps
  : // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    {};

/**
 * A store the service opens itself (a MongoDB catalog, a search engine): closed at shutdown after
 * everything that uses it stopped, and reported on /readyz under its name.
 */
export interface Store {
  isReachable(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Background work that runs from start-up to shutdown (a sweeper, a relay of the service's own, a
 * saga worker). `stop` waits for the pass in progress.
 */
export interface BackgroundWorker {
  start(): void;
  stop(): Promise<void>;
}

/** The platform's part of what every service factory and hook receives: one object. */
export interface PlatformDeps<C> extends SubgraphDependencies {
  config: C;
  /** The service's Prometheus registry (served on /metrics). */
  metrics: ServiceMetrics;
  /** The service token and logger every internal route of this service shares. */
  internal: InternalRouteDefaults;
  /**
   * Aborted when the service stops, once HTTP has drained: work still running (a saga) gives up at
   * its next call instead of holding the shutdown, and is resumed by the next process.
   */
  shutdownSignal: AbortSignal;
}

/** What the `services` factory receives: the platform's dependencies, the database, the stores. */
export type ServiceDeps<C, D, S> = PlatformDeps<C> & DatabaseDeps<D> & { stores: S };

/** What every hook after the factory receives: the same object, with what the factory built. */
export type Wiring<C, D, S, V> = ServiceDeps<C, D, S> & { services: V };

/**
 * Everything particular to one subgraph; {@link defineSubgraph} does the rest. Hooks run in this
 * order at start-up: database, `stores`, `services`, then `onShutdown` is registered, the outbox
 * relay and `workers` start, `consumers` subscribe, and HTTP listens with `routes` and `context`.
 * Shutdown runs in the reverse order once HTTP has drained.
 */
export interface SubgraphDefinition<
  C extends PlatformConfig,
  D extends DatabaseSpec | undefined,
  S extends Record<string, Store>,
  V,
  X extends object,
> {
  /** Service name: logs, metrics, outbox event source, the process's Redis key prefix. */
  name: string;
  /** Reads and validates the settings (`process.env` by default). */
  loadConfig: (source?: NodeJS.ProcessEnv) => C;
  /** The port setting of this service (0 asks the OS for one). */
  port: (config: C) => number;
  /** Builds the subgraph schema; needs nothing running (composition calls it too). */
  schema: () => Promise<GraphQLSchema>;
  /** `memory`: the process gives this service a private in-memory cache (it shares nothing). Default `redis`. */
  cache?: 'redis' | 'memory';
  /** The service's PostgreSQL database; omit when the service brings its own store (`stores`). */
  database?: D;
  /** Stores the service opens itself, by readiness name; opened after the database. */
  stores?: (deps: PlatformDeps<C> & DatabaseDeps<D>) => Promise<S>;
  /** Builds the service's objects; resolvers reach the result as `ctx.services` by default. */
  services: (deps: ServiceDeps<C, D, S>) => V | Promise<V>;
  /** The per-request context beyond the caller (`base`): default `{ services }`. */
  context?: (wiring: Wiring<C, D, S, V>, base: RequestContext) => X | Promise<X>;
  /** Where tokens' public keys come from; default the users service's JWKS (`JWKS_URL`). */
  keySource?: (wiring: Wiring<C, D, S, V>) => PublicKeySource;
  /** HTTP routes besides /graphql: internal (service-to-service) endpoints, webhooks, JWKS. */
  routes?: (wiring: Wiring<C, D, S, V>) => Route[];
  /** Event consumers, subscribed once the workers run (a consumer may wake one). */
  consumers?: (wiring: Wiring<C, D, S, V>) => ConsumerOptions[];
  /** Background work, started in order after the outbox relay and stopped in reverse. */
  workers?: (wiring: Wiring<C, D, S, V>) => BackgroundWorker[];
  /** Readiness checks beyond the database, the stores and the event bus. */
  readiness?: (wiring: Wiring<C, D, S, V>) => Record<string, () => Promise<boolean>>;
  /** Run at shutdown after workers and relay stopped, before the stores close (e.g. HTTP clients). */
  onShutdown?: (wiring: Wiring<C, D, S, V>) => Array<() => Promise<void>>;
}

/** A started subgraph: the HTTP service plus what tests and launchers reach into. */
export type RunningSubgraph<C, D, S, V> = RunningService &
  DatabaseDeps<D> & {
    config: C;
    services: V;
    stores: S;
  };

/** A defined subgraph: what main.ts, the embedded launcher, composition and tests need of it. */
export interface Subgraph<C extends PlatformConfig, R extends RunningService = RunningService> {
  readonly name: string;
  readonly cache: 'redis' | 'memory';
  loadConfig(source?: NodeJS.ProcessEnv): C;
  buildSchema(): Promise<GraphQLSchema>;
  /** Opens the stores, starts the background work and listens; in-process, with injected dependencies. */
  start(config: C, deps: SubgraphDependencies): Promise<R>;
}

/** The running type of a defined subgraph, e.g. `RunningSubgraphOf<typeof usersSubgraph>`. */
export type RunningSubgraphOf<T> = T extends Subgraph<PlatformConfig, infer R> ? R : never;

/**
 * What a `context` hook builds of a subgraph's request context: everything but the caller, which the
 * platform adds (e.g. `ContextExtension<UsersContext>` is `{ services, loaders }`).
 */
export type ContextExtension<X extends RequestContext> = Omit<X, keyof RequestContext>;
