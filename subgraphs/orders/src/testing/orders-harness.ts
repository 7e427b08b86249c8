import { MemoryCache } from '@commerce/cache';
import { OrderPaid } from '@commerce/contracts';
import { EventBus, EventEnvelope, InProcessEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { createTestDatabase, graphql, TestDatabase } from '@commerce/testing';
import { startUsersHarness, UsersHarness } from '@commerce/users/testing';
import { loadOrdersConfig, OrdersConfig } from '../config';
import { ordersSubgraph, RunningOrders } from '../server';
import { FakeServices, startFakeServices } from './fake-services';

/** A signed-up account with a token that carries its roles. */
export interface Account {
  id: string;
  username: string;
  token: string;
}

export interface OrdersHarness {
  service: RunningOrders;
  config: OrdersConfig;
  users: UsersHarness;
  fakes: FakeServices;
  database: TestDatabase;
  bus: EventBus;
  url: string;
  /** Every order.* event published, in arrival order. */
  events: EventEnvelope[];
  /** The settings of this harness as environment variables (for another instance or a process). */
  env: Record<string, string>;
  /** Starts another orders instance on the same database (recovery after a crash). */
  startInstance(env?: Record<string, string>): Promise<RunningOrders>;
  buyer(): Promise<Account>;
  seller(): Promise<Account>;
  admin(): Promise<Account>;
  addAddress(account: Account): Promise<string>;
  stop(): Promise<void>;
}

let counter = 0;

/**
 * Starts, for one test file: a fresh PostgreSQL database, the real users service (addresses, tokens,
 * JWKS), fake cart/catalog/payments, and the orders service on an ephemeral port. `env` overrides
 * settings; `bus` replaces the in-process bus (the RabbitMQ spec). `instance: false` starts no orders
 * service (the crash spec runs the first one in a child process); `service` is then the first one
 * started with `startInstance`.
 */
export async function startOrdersHarness(
  options: { env?: Record<string, string>; bus?: EventBus; instance?: boolean } = {},
): Promise<OrdersHarness> {
  const logger = createLogger({ service: 'orders', level: 'silent' });
  const users = await startUsersHarness();
  const fakes = await startFakeServices(users.config.SERVICE_TOKEN);
  const database = await createTestDatabase('orders');
  const bus = options.bus ?? new InProcessEventBus(logger);
  const events: EventEnvelope[] = [];
  const base = users.url.replace('/graphql', '');
  const env: Record<string, string> = {
    ORDERS_PORT: '0',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '10',
    LOG_LEVEL: 'silent',
    SERVICE_TOKEN: users.config.SERVICE_TOKEN,
    JWKS_URL: `${base}/.well-known/jwks.json`,
    USERS_URL: base,
    CART_URL: fakes.cart.url,
    CATALOG_URL: fakes.catalog.url,
    PAYMENTS_URL: fakes.payments.url,
    HTTP_TIMEOUT_MS: '1000',
    SAGA_LEASE_MS: '5000',
    SAGA_POLL_INTERVAL_MS: '100',
    SAGA_RETRY_BASE_MS: '20',
    SAGA_RETRY_MAX_MS: '200',
    CHECKOUT_INLINE_BUDGET_MS: '5000',
    TRUSTED_PROXY_HOPS: '0',
    ...options.env,
  };
  const instances: RunningOrders[] = [];
  // Orders keeps nothing in a cache; the platform hands every service one.
  const cache = new MemoryCache();
  const startInstance = async (extra: Record<string, string> = {}) => {
    const instance = await ordersSubgraph.start(loadOrdersConfig({ ...env, ...extra }), {
      logger,
      bus,
      cache,
    });
    instances.push(instance);
    return instance;
  };
  if (options.instance !== false) await startInstance();
  await bus.consume({
    consumer: `orders-spec-${database.name}`,
    patterns: ['order.#'],
    handler: async (event) => {
      events.push(event);
      // What cart does with order.paid: the cart is emptied (a retried checkout then finds it empty).
      if (event.type === OrderPaid.type) {
        const { buyerId, cartId } = OrderPaid.parse(event.data);
        if (cartId) fakes.cart.clear(buyerId, cartId);
      }
    },
  });

  const signUp = async (): Promise<Account> => {
    counter += 1;
    const username = `buyer${counter}_${Date.now().toString(36)}`;
    const response = await graphql<{ signUp: { accessToken: string; user: { id: string } } }, unknown>(
      users.url,
      'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }',
      { input: { username, email: `${username}@example.com`, password: 'correct-horse-42' } },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return { id: response.data.signUp.user.id, username, token: response.data.signUp.accessToken };
  };
  const login = async (usernameOrEmail: string, password: string) => {
    const response = await graphql<{ login: { accessToken: string; user: { id: string } } }, unknown>(
      users.url,
      'mutation($input: LoginInput!) { login(input: $input) { accessToken user { id } } }',
      { input: { usernameOrEmail, password } },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return {
      id: response.data.login.user.id,
      username: usernameOrEmail,
      token: response.data.login.accessToken,
    };
  };

  const first = () => {
    if (!instances[0]) throw new Error('no orders instance started yet');
    return instances[0];
  };
  return {
    get service() {
      return first();
    },
    get url() {
      return first().url;
    },
    config: loadOrdersConfig(env),
    users,
    fakes,
    database,
    bus,
    events,
    env,
    startInstance,
    buyer: signUp,
    seller: async () => {
      const account = await signUp();
      const made = await graphql(
        users.url,
        'mutation { becomeSeller(input: { displayName: "Test Seller" }) { id } }',
        {},
        { token: account.token },
      );
      if (made.errors) throw new Error(JSON.stringify(made.errors));
      // A new token carries the SELLER role.
      return login(account.username, 'correct-horse-42');
    },
    admin: () => login(users.config.ADMIN_USERNAME, users.config.ADMIN_PASSWORD),
    addAddress: async (account) => {
      const response = await graphql<{ addAddress: { id: string } }, unknown>(
        users.url,
        'mutation($input: AddressInput!) { addAddress(input: $input) { id } }',
        { input: { line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US' } },
        { token: account.token },
      );
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data.addAddress.id;
    },
    stop: async () => {
      for (const instance of instances) await instance.stop();
      await cache.close();
      if (!options.bus) await bus.close();
      await fakes.close();
      await users.stop();
      await database.drop();
    },
  };
}
