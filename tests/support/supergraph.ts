import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { Cache, MemoryCache, RedisCache } from '@commerce/cache';
import { EventBus, RabbitMqEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { createTestDatabase, engines } from '@commerce/testing';
import type { RunningService } from '@commerce/http';
import { loadGatewayConfig, startGateway, subgraphEnvName } from '@commerce/gateway';
import { CatalogConfig, catalogSubgraph, loadCatalogConfig, RunningCatalog } from '@commerce/catalog';
import { createTestMongoDatabase } from '@commerce/catalog/testing';
import { CartConfig, cartSubgraph, loadCartConfig, RunningCart } from '@commerce/cart';
import { loadOrdersConfig, OrdersConfig, ordersSubgraph, RunningOrders } from '@commerce/orders';
import { OrdersChild, PAYMENT_APPROVALS_CONSUMER, startOrdersChild } from '@commerce/orders/testing';
import { loadPaymentsConfig, PaymentsConfig, paymentsSubgraph, RunningPayments } from '@commerce/payments';
import { loadSearchConfig, RunningSearch, SearchConfig, searchSubgraph } from '@commerce/search';
import { deleteIndices, randomAlias } from '@commerce/search/testing';
import { loadReviewsConfig, ReviewsConfig, reviewsSubgraph, RunningReviews } from '@commerce/reviews';
import { startUsersHarness, UsersHarness } from '@commerce/users/testing';
import { HoldingProxy } from './holding-proxy';
import { deleteRunTopology, RunScopedBus } from './run-scoped-bus';

/** Subgraphs that start only when asked for; users and the gateway always run. */
export type OptionalSubgraph = 'catalog' | 'search' | 'cart' | 'orders' | 'payments' | 'reviews';

interface TestCatalog {
  service: RunningCatalog;
  config: CatalogConfig;
  /** The GraphQL endpoint; `base` is the service root (internal endpoints). */
  url: string;
  base: string;
  /** The fresh database (PostgreSQL, or FerretDB for `catalogStore: 'mongo'`), dropped by `stop`. */
  database: { url: string; name: string };
}

interface TestSearch {
  service: RunningSearch;
  config: SearchConfig;
  url: string;
  /** The fresh PostgreSQL database (inbox; documents too when SEARCH_ENGINE=postgres). */
  database: { url: string; name: string };
  /** The OpenSearch alias of this run; every index under it is deleted by `stop`. */
  alias: string;
}

/** A started cart, orders or payments service: `url` is its GraphQL endpoint, `base` its root. */
interface TestService<S, C> {
  service: S;
  config: C;
  url: string;
  base: string;
  /** The fresh PostgreSQL database, dropped by `stop`. */
  database: { url: string; name: string };
}

type TestCart = TestService<RunningCart, CartConfig>;
type TestOrders = TestService<RunningOrders, OrdersConfig>;
type TestPayments = TestService<RunningPayments, PaymentsConfig>;
type TestReviews = TestService<RunningReviews, ReviewsConfig>;

/**
 * The orders service in its own process (`ordersProcess: true`), on a fixed port the gateway routes
 * to, so a test can SIGKILL it mid-saga and start it again on the same database. Its calls to
 * catalog's and payments' internal endpoints go through pass-through proxies a test can hold.
 */
interface TestOrdersProcess {
  config: OrdersConfig;
  /** The GraphQL endpoint (the same for every process started); `base` is the service root. */
  url: string;
  base: string;
  port: number;
  /** The fresh PostgreSQL database, dropped by `stop`. */
  database: { url: string; name: string };
  /** The environment each process gets. */
  env: Record<string, string>;
  /** Between orders and catalog / payments (orders' CATALOG_URL and PAYMENTS_URL point here). */
  upstreams: { catalog: HoldingProxy; payments: HoldingProxy };
  /** The running process, or null after `kill`. */
  current(): OrdersChild | null;
  /** SIGKILL: no drain, no shutdown hook; in-flight calls and saga leases are left as they are. */
  kill(): Promise<void>;
  /** Starts a new process on the same port and database; waits until it listens. */
  start(): Promise<void>;
}

interface OptionalHarnesses<P extends boolean> {
  catalog: TestCatalog;
  search: TestSearch;
  cart: TestCart;
  orders: P extends true ? TestOrdersProcess : TestOrders;
  payments: TestPayments;
  reviews: TestReviews;
}

/**
 * What `with` starts: search, cart and reviews imply catalog (event source, entity resolver, prices,
 * products); orders implies catalog, cart and payments (the checkout saga calls all three).
 */
type Started<W extends OptionalSubgraph> =
  | W
  | (W extends 'search' | 'cart' | 'orders' | 'reviews' ? 'catalog' : never)
  | (W extends 'orders' ? 'cart' | 'payments' : never);

export type TestSupergraph<W extends OptionalSubgraph = never, P extends boolean = false> = {
  gatewayUrl: string;
  users: UsersHarness;
  gateway: RunningService;
  /**
   * The RabbitMQ bus every started service shares, isolated to this run: its own exchange, and every
   * consumer queue prefixed with the run id (so a `search-indexer` elsewhere never takes our events).
   */
  bus: EventBus;
  /** The gateway's APQ store (Redis, namespaced for this run). */
  cache: Cache;
  /**
   * Another gateway replica on the same run: its own RabbitMQ connection (competing on the run's
   * subscription queue) and Redis connections, the same live channel. Stopped with the run.
   */
  startGatewayReplica(): Promise<RunningService>;
  stop(): Promise<void>;
} & Pick<OptionalHarnesses<P>, Started<W>>;

export interface TestSupergraphOptions<W extends OptionalSubgraph = never, P extends boolean = false> {
  /** Settings of the users service (e.g. tighter rate limits). */
  usersEnv?: Record<string, string>;
  /** Further real subgraphs to start and route to; the others answer SERVICE_UNAVAILABLE. */
  with?: readonly W[];
  /** Catalog's store; default `postgres` (the FerretDB store is slow and covered by catalog's suites). */
  catalogStore?: 'postgres' | 'mongo';
  catalogEnv?: Record<string, string>;
  /** Settings of the search service; the engine is OpenSearch unless SEARCH_ENGINE says otherwise. */
  searchEnv?: Record<string, string>;
  cartEnv?: Record<string, string>;
  ordersEnv?: Record<string, string>;
  /** Settings of payments; cards go to the local simulator (tok_visa, tok_chargeDeclined) by default. */
  paymentsEnv?: Record<string, string>;
  reviewsEnv?: Record<string, string>;
  /** Settings of the gateway (e.g. a feature switched off to test another in isolation). */
  gatewayEnv?: Record<string, string>;
  /**
   * Runs orders in a child process (see {@link TestOrdersProcess}) instead of in the test process.
   * Default false: every other service always runs in the test process.
   */
  ordersProcess?: P;
  /**
   * Cap of the run bus's reconnect back-off (default: the bus's own, 10 s); suites that restart the
   * broker lower it so events flow again soon after it is back.
   */
  busReconnectMaxDelayMs?: number;
}

const OPTION_KEYS = [
  'usersEnv',
  'with',
  'catalogStore',
  'catalogEnv',
  'searchEnv',
  'cartEnv',
  'ordersEnv',
  'paymentsEnv',
  'reviewsEnv',
  'gatewayEnv',
  'ordersProcess',
  'busReconnectMaxDelayMs',
];

/**
 * The supergraph in full-stack shape for end-to-end tests: the users subgraph on a fresh database,
 * optionally the real catalog (PostgreSQL by default) and search (OpenSearch, a random alias) services
 * on fresh databases, one RabbitMQ bus between them, Redis for cache and APQ, and the gateway serving
 * the checked-in supergraph with each started subgraph's URL pointed at the ephemeral port it got.
 *
 * `startTestSupergraph(usersEnv)` (users only) and `startTestSupergraph({ usersEnv, with: [...] })`.
 * With `ordersProcess: true` orders runs in a child process instead (crash tests; see
 * {@link TestOrdersProcess}); everything else is the same.
 */
export async function startTestSupergraph(usersEnv?: Record<string, string>): Promise<TestSupergraph>;
export async function startTestSupergraph<W extends OptionalSubgraph = never, P extends boolean = false>(
  options: TestSupergraphOptions<W, P>,
): Promise<TestSupergraph<W, P>>;
export async function startTestSupergraph(
  arg: Record<string, string> | TestSupergraphOptions<OptionalSubgraph, boolean> = {},
): Promise<TestSupergraph<OptionalSubgraph, boolean>> {
  const options: TestSupergraphOptions<OptionalSubgraph, boolean> = Object.keys(arg).some((key) =>
    OPTION_KEYS.includes(key),
  )
    ? arg
    : { usersEnv: arg as Record<string, string> };
  const wanted = new Set(options.with ?? []);
  if (wanted.has('orders')) ['cart', 'payments'].forEach((name) => wanted.add(name as OptionalSubgraph));
  if (wanted.has('search') || wanted.has('cart') || wanted.has('reviews')) wanted.add('catalog');

  const run = `test-${randomBytes(4).toString('hex')}`;
  const logger = createLogger({ service: 'e2e', level: 'silent' });
  // Undo stack: whatever started is stopped in reverse order, also when a later start fails.
  const cleanup: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    const errors: unknown[] = [];
    while (cleanup.length > 0) await cleanup.pop()!().catch((error: unknown) => errors.push(error));
    if (errors.length > 0) throw errors[0];
  };

  try {
    const exchange = `commerce.events.${run}`;
    const rabbit = new RabbitMqEventBus(engines.TEST_AMQP_URL, logger, {
      exchange,
      ...(options.busReconnectMaxDelayMs ? { reconnectMaxDelayMs: options.busReconnectMaxDelayMs } : {}),
    });
    const bus = new RunScopedBus(rabbit, run);
    cleanup.push(() => deleteRunTopology(exchange, bus.queues()));
    cleanup.push(() => rabbit.close());
    await rabbit.start();

    // One service token for every service, users included (orders reads addresses from it).
    const serviceToken = `${run}-service-token-${randomBytes(8).toString('hex')}`;
    const users = await startUsersHarness({ SERVICE_TOKEN: serviceToken, ...options.usersEnv }, bus);
    // A test may have stopped the users service already (SERVICE_UNAVAILABLE checks).
    cleanup.push(() => users.stop().catch(() => undefined));
    const jwksUrl = `${users.url.replace(/\/graphql$/, '')}/.well-known/jwks.json`;
    const platform = {
      RUNTIME_MODE: 'stack',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      JWKS_URL: jwksUrl,
      SERVICE_TOKEN: serviceToken,
      AMQP_URL: engines.TEST_AMQP_URL,
      REDIS_URL: engines.TEST_REDIS_URL,
    };

    let catalog: TestCatalog | undefined;
    if (wanted.has('catalog')) {
      const store = options.catalogStore ?? 'postgres';
      const database =
        store === 'postgres'
          ? await createTestDatabase('e2e_catalog')
          : createTestMongoDatabase('e2e_catalog');
      cleanup.push(() => database.drop());
      const config = loadCatalogConfig({
        ...platform,
        CATALOG_PORT: '0',
        CATALOG_STORE: store,
        ...(store === 'postgres' ? { DATABASE_URL: database.url } : { MONGO_URL: database.url }),
        DATABASE_POOL_SIZE: '10',
        ...options.catalogEnv,
      });
      const catalogCache = new MemoryCache();
      cleanup.push(() => catalogCache.close());
      const service = await catalogSubgraph.start(config, {
        logger: silent('catalog'),
        bus,
        cache: catalogCache,
      });
      cleanup.push(() => service.stop());
      catalog = {
        service,
        config,
        url: service.url,
        base: service.url.replace(/\/graphql$/, ''),
        database: { url: database.url, name: database.name },
      };
    }

    let search: TestSearch | undefined;
    if (wanted.has('search')) {
      const database = await createTestDatabase('e2e_search');
      cleanup.push(() => database.drop());
      const alias = randomAlias('e2e');
      cleanup.push(() => deleteIndices(alias));
      const config = loadSearchConfig({
        ...platform,
        SEARCH_PORT: '0',
        SEARCH_ENGINE: 'opensearch',
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: '5',
        OPENSEARCH_URL: engines.TEST_OPENSEARCH_URL,
        SEARCH_INDEX: alias,
        CATALOG_INTERNAL_URL: catalog!.base,
        ...options.searchEnv,
      });
      const searchCache = new RedisCache(engines.TEST_REDIS_URL, `test:${database.name}:`);
      cleanup.push(() => searchCache.close());
      const service = await searchSubgraph.start(config, {
        logger: silent('search'),
        bus,
        cache: searchCache,
      });
      cleanup.push(() => service.stop());
      search = {
        service,
        config,
        url: service.url,
        database: { url: database.url, name: database.name },
        alias,
      };
    }

    // Before cart and orders: its queues must exist when they publish the events it reads.
    let reviews: TestReviews | undefined;
    if (wanted.has('reviews')) {
      const database = await createTestDatabase('e2e_reviews');
      cleanup.push(() => database.drop());
      const config = loadReviewsConfig({
        ...platform,
        REVIEWS_PORT: '0',
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: '10',
        CATALOG_URL: catalog!.url,
        ...options.reviewsEnv,
      });
      const reviewsCache = new MemoryCache();
      cleanup.push(() => reviewsCache.close());
      const service = await reviewsSubgraph.start(config, {
        logger: silent('reviews'),
        bus,
        cache: reviewsCache,
      });
      cleanup.push(() => service.stop());
      reviews = serviceOf(service, config, database);
    }

    let cart: TestCart | undefined;
    if (wanted.has('cart')) {
      const database = await createTestDatabase('e2e_cart');
      cleanup.push(() => database.drop());
      const config = loadCartConfig({
        ...platform,
        CART_PORT: '0',
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: '10',
        CATALOG_URL: catalog!.url,
        ...options.cartEnv,
      });
      const cartCache = new RedisCache(engines.TEST_REDIS_URL, `test:${database.name}:`);
      cleanup.push(() => cartCache.close());
      const service = await cartSubgraph.start(config, { logger: silent('cart'), bus, cache: cartCache });
      cleanup.push(() => service.stop());
      cart = serviceOf(service, config, database);
    }

    let payments: TestPayments | undefined;
    if (wanted.has('payments')) {
      const database = await createTestDatabase('e2e_payments');
      cleanup.push(() => database.drop());
      const config = loadPaymentsConfig({
        ...platform,
        PAYMENTS_PORT: '0',
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: '10',
        CARD_PROVIDER: 'simulator',
        ...options.paymentsEnv,
      });
      const paymentsCache = new RedisCache(engines.TEST_REDIS_URL, `test:${database.name}:`);
      cleanup.push(() => paymentsCache.close());
      const service = await paymentsSubgraph.start(config, {
        logger: silent('payments'),
        bus,
        cache: paymentsCache,
      });
      cleanup.push(() => service.stop());
      payments = serviceOf(service, config, database);
    }

    let orders: TestOrders | TestOrdersProcess | undefined;
    if (wanted.has('orders')) {
      const database = await createTestDatabase('e2e_orders');
      cleanup.push(() => database.drop());
      const env: Record<string, string> = {
        ...platform,
        ORDERS_PORT: '0',
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: '10',
        USERS_URL: users.url.replace(/\/graphql$/, ''),
        CATALOG_URL: catalog!.base,
        CART_URL: cart!.base,
        PAYMENTS_URL: payments!.base,
        SAGA_POLL_INTERVAL_MS: '100',
        SAGA_RETRY_BASE_MS: '20',
        SAGA_RETRY_MAX_MS: '500',
        ...options.ordersEnv,
      };
      if (options.ordersProcess) {
        orders = await startOrdersProcess(env, database, { run, exchange }, cleanup);
        bus.declaredElsewhere({ consumer: PAYMENT_APPROVALS_CONSUMER });
      } else {
        const config = loadOrdersConfig(env);
        const ordersCache = new MemoryCache();
        cleanup.push(() => ordersCache.close());
        const service = await ordersSubgraph.start(config, {
          logger: silent('orders'),
          bus,
          cache: ordersCache,
        });
        cleanup.push(() => service.stop());
        orders = serviceOf(service, config, database);
      }
    }

    const cache = new RedisCache(engines.TEST_REDIS_URL, `test:${users.database.name}:gateway:`);
    cleanup.push(() => cache.close());
    const overrides: Record<string, string> = { [`SUBGRAPH_${subgraphEnvName('users')}_URL`]: users.url };
    if (catalog) overrides[`SUBGRAPH_${subgraphEnvName('catalog')}_URL`] = catalog.url;
    if (search) overrides[`SUBGRAPH_${subgraphEnvName('search')}_URL`] = search.url;
    if (cart) overrides[`SUBGRAPH_${subgraphEnvName('cart')}_URL`] = cart.url;
    if (orders) overrides[`SUBGRAPH_${subgraphEnvName('orders')}_URL`] = orders.url;
    if (payments) overrides[`SUBGRAPH_${subgraphEnvName('payments')}_URL`] = payments.url;
    if (reviews) overrides[`SUBGRAPH_${subgraphEnvName('reviews')}_URL`] = reviews.url;
    const gatewayConfig = loadGatewayConfig({
      GATEWAY_PORT: '0',
      RUNTIME_MODE: 'stack',
      LOG_LEVEL: 'silent',
      REDIS_URL: engines.TEST_REDIS_URL,
      JWKS_URL: jwksUrl,
      // Live events of this run only: other runs share the Redis server.
      SUBSCRIPTIONS_CHANNEL: `${run}.live`,
      // The gateway resolves API keys through users' internal route.
      SERVICE_TOKEN: serviceToken,
      ...overrides,
      ...options.gatewayEnv,
    });
    const gateway = await startGateway(gatewayConfig, silent('gateway'), { cache, bus });
    cleanup.push(() => gateway.stop());
    const startGatewayReplica = async () => {
      const replicaRabbit = new RabbitMqEventBus(engines.TEST_AMQP_URL, logger, { exchange });
      cleanup.push(() => replicaRabbit.close());
      await replicaRabbit.start();
      const replica = await startGateway(gatewayConfig, silent('gateway'), {
        cache,
        bus: new RunScopedBus(replicaRabbit, run),
      });
      cleanup.push(() => replica.stop());
      return replica;
    };

    return {
      gatewayUrl: gateway.url,
      users,
      gateway,
      bus,
      cache,
      startGatewayReplica,
      ...(catalog ? { catalog } : {}),
      ...(search ? { search } : {}),
      ...(cart ? { cart } : {}),
      ...(orders ? { orders } : {}),
      ...(payments ? { payments } : {}),
      ...(reviews ? { reviews } : {}),
      stop: stopAll,
    } as TestSupergraph<OptionalSubgraph, boolean>;
  } catch (error) {
    await stopAll().catch(() => undefined);
    throw error;
  }
}

function serviceOf<S extends RunningService, C>(
  service: S,
  config: C,
  database: { url: string; name: string },
): TestService<S, C> {
  return {
    service,
    config,
    url: service.url,
    base: service.url.replace(/\/graphql$/, ''),
    database: { url: database.url, name: database.name },
  };
}

function silent(service: string) {
  return createLogger({ service, level: 'silent' });
}

/** The first orders process of a run (`ordersProcess: true`); see {@link TestOrdersProcess}. */
async function startOrdersProcess(
  base: Record<string, string>,
  database: { url: string; name: string },
  events: { run: string; exchange: string },
  cleanup: (() => Promise<unknown>)[],
): Promise<TestOrdersProcess> {
  const catalog = await HoldingProxy.start(base.CATALOG_URL);
  cleanup.push(() => catalog.stop());
  const payments = await HoldingProxy.start(base.PAYMENTS_URL);
  cleanup.push(() => payments.stop());
  const port = await freePort();
  const env: Record<string, string> = {
    ...base,
    ORDERS_PORT: String(port),
    CATALOG_URL: catalog.url,
    PAYMENTS_URL: payments.url,
    E2E_RUN: events.run,
    E2E_EXCHANGE: events.exchange,
  };
  const config = loadOrdersConfig(env); // fails here, with the message, on a bad setting
  const entry = path.join(__dirname, 'orders-process.ts');
  let current: OrdersChild | null = null;
  const kill = async () => {
    const child = current;
    current = null;
    await child?.kill();
  };
  const start = async () => {
    if (current) throw new Error('the orders process is already running');
    current = await startOrdersChild(env, { entry });
  };
  cleanup.push(kill);
  await start();
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    config,
    url,
    base: `http://127.0.0.1:${port}`,
    port,
    database: { url: database.url, name: database.name },
    env,
    upstreams: { catalog, payments },
    current: () => current,
    kill,
    start,
  };
}

/** A TCP port nothing listens on right now (the orders processes of a run all take this one). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '0.0.0.0', () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}
