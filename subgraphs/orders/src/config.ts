import { ConfigError, databaseShape, env, loadConfig, platformShape, z } from '@commerce/config';

/** Every setting of the orders service, validated at start-up (one message per bad value). */
export const ordersConfigShape = {
  ...platformShape,
  ...databaseShape('orders'),
  ORDERS_PORT: env.port(4005),
  USERS_URL: env.url('http://127.0.0.1:4001'),
  CART_URL: env.url('http://127.0.0.1:4004'),
  CATALOG_URL: env.url('http://127.0.0.1:4002'),
  PAYMENTS_URL: env.url('http://127.0.0.1:4006'),
  /** Bound of one call to another service (connect, headers and body). */
  HTTP_TIMEOUT_MS: env.int(3000, 50),
  /** Keep-alive connections per downstream service. */
  HTTP_CONNECTIONS: env.int(64, 1),
  /** Days after delivery during which the buyer may ask for a return. */
  RETURN_WINDOW_DAYS: env.int(30, 0),
  /** How long catalog holds the stock of a checkout that has not been committed yet. */
  RESERVATION_TTL_SECONDS: env.int(900, 30),
  /** How long a payment that needs the buyer's approval (PAYPAL) may wait before the order fails. */
  PAYMENT_APPROVAL_TIMEOUT_SECONDS: env.int(600, 5),
  /** Time a checkout request spends running its saga before handing it to the recovery worker. */
  CHECKOUT_INLINE_BUDGET_MS: env.int(10_000, 100),
  /** How long a duplicate checkout (same idempotency key) waits for the first one to finish. */
  CHECKOUT_WAIT_MS: env.int(10_000, 0),
  /** A saga runner owns its saga this long after each step; a crashed runner's saga is taken over after it. */
  SAGA_LEASE_MS: env.int(30_000, 500),
  SAGA_POLL_INTERVAL_MS: env.int(1000, 10),
  SAGA_WORKER_CONCURRENCY: env.int(8, 1),
  /** Attempts of one forward step that keeps failing in transport before the saga compensates. */
  SAGA_MAX_ATTEMPTS: env.int(8, 1),
  /** Quick retries inside the checkout request before the worker takes over with back-off. */
  SAGA_INLINE_RETRIES: env.int(2, 0),
  SAGA_RETRY_BASE_MS: env.int(200, 1),
  SAGA_RETRY_MAX_MS: env.int(60_000, 1),
  /** Finished sagas are kept this long for inspection (the order keeps its own history). */
  SAGA_RETENTION_DAYS: env.int(30, 1),
};

export type OrdersConfig = z.infer<z.ZodObject<typeof ordersConfigShape>>;

/** Loads and cross-checks the settings: some only make sense relative to each other. */
export function loadOrdersConfig(source: NodeJS.ProcessEnv = process.env): OrdersConfig {
  const config = loadConfig(ordersConfigShape, source);
  const problems: string[] = [];
  if (config.SAGA_LEASE_MS <= 2 * config.HTTP_TIMEOUT_MS) {
    // A lease shorter than a slow call would let the worker take over a saga that is still running.
    problems.push('SAGA_LEASE_MS must be more than twice HTTP_TIMEOUT_MS');
  }
  if (config.PAYMENT_APPROVAL_TIMEOUT_SECONDS + 60 > config.RESERVATION_TTL_SECONDS) {
    // The stock must still be held when a late approval arrives.
    problems.push('PAYMENT_APPROVAL_TIMEOUT_SECONDS must be at least 60 s below RESERVATION_TTL_SECONDS');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
