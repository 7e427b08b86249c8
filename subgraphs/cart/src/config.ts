import { databaseShape, env, loadConfig, platformShape, z } from '@commerce/config';

/** Every setting of the cart service, validated at start-up (one message per bad value). */
export const cartConfigShape = {
  ...platformShape,
  ...databaseShape('cart'),
  CART_PORT: env.port(4004),
  /** The catalog subgraph's GraphQL endpoint; product data comes from its `_entities` resolver. */
  CATALOG_URL: env.url('http://127.0.0.1:4002/graphql'),
  /** A catalog call slower than this fails with SERVICE_UNAVAILABLE instead of holding the request. */
  CATALOG_TIMEOUT_MS: env.int(2000, 50),
  /** A cart with items that nobody changed for this long is marked abandoned (and `cart.abandoned` sent). */
  CART_ABANDON_AFTER_SECONDS: env.int(7 * 24 * 3600, 1),
  /** How often the abandonment sweeper looks for such carts. */
  CART_ABANDON_SWEEP_INTERVAL_MS: env.int(5 * 60_000, 10),
  /** Currency of an empty cart's zero totals, and of coupons created without one. */
  CART_DEFAULT_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code in capitals, e.g. USD')
    .default('USD'),
  /**
   * A coupon use reserved by a checkout quote stops counting against the coupon's limits after this
   * long without `order.paid`, so a lost order event cannot burn a use forever.
   */
  COUPON_RESERVATION_TTL_SECONDS: env.int(3600, 60),
  /** Failed applyCoupon attempts allowed per buyer within the window (stops code guessing). */
  COUPON_MAX_FAILURES_PER_BUYER: env.int(10, 1),
  COUPON_FAILURE_WINDOW_SECONDS: env.int(15 * 60, 1),
};

export type CartConfig = z.infer<z.ZodObject<typeof cartConfigShape>>;

/** Reads and validates the cart service's settings from `source` (the process environment by default). */
export function loadCartConfig(source: NodeJS.ProcessEnv = process.env): CartConfig {
  return loadConfig(cartConfigShape, source);
}
