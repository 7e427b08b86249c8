import type { IncomingMessage } from 'node:http';
import DataLoader from 'dataloader';
import { JwksKeySource, JwtVerifier } from '@commerce/auth';
import { Cache, RateLimiter } from '@commerce/cache';
import { isDatabaseReachable, openDatabase } from '@commerce/database';
import {
  CreateOutboxAndInbox1700000000000,
  EventBus,
  OutboxRelay,
  OutboxWriter,
  StopConsuming,
} from '@commerce/events';
import type { Logger, LogScope } from '@commerce/logging';
import { baseRequestContext, createByIdLoader, createSubgraphServer } from '@commerce/graphql';
import { internalRoute, RunningService, ServiceMetrics, startService } from '@commerce/http';
import { AbandonmentSweeper } from './abandonment/abandonment-sweeper';
import { CartItemEntity } from './cart/cart-item.entity';
import { CartEntity } from './cart/cart.entity';
import { CartService } from './cart/cart.service';
import type { CartView } from './cart/cart-view';
import type { PricedCart } from './cart/cart-pricing';
import { HttpProductCatalog } from './catalog/http-product-catalog';
import { createProductLoader } from './catalog/product-loader';
import type { ProductCatalog } from './catalog/product-catalog';
import { CheckoutQuoteEntity } from './checkout/checkout-quote.entity';
import { CheckoutQuoteService } from './checkout/checkout-quote.service';
import { OrderEventsConsumer } from './checkout/order-events.consumer';
import { CART_CONSUMER } from './checkout/order.events';
import type { CartConfig } from './config';
import type { CartContext, CartServices } from './context';
import { CouponAttemptLimiter } from './coupon/coupon-attempts';
import { CouponEntity } from './coupon/coupon.entity';
import { CouponService } from './coupon/coupon.service';
import { CreateCart1700000000400 } from './migrations/1700000000400-create-cart';
import { buildCartSchema } from './schema';

/** What the process (main.ts or the embedded launcher) hands the cart service. */
export interface CartDependencies {
  logger: Logger;
  bus: EventBus;
  /** Shared counters (coupon-guessing limit). Carts themselves are not cached: see README.md, Decisions. */
  cache: Cache;
}

/** The running service, with the pieces tests and launchers reach into. */
export interface RunningCartService extends RunningService {
  services: CartServices;
  checkout: CheckoutQuoteService;
  relay: OutboxRelay;
  sweeper: AbandonmentSweeper;
}

/** Wires the cart subgraph: database, catalog client, services, consumer, sweeper, HTTP runtime. */
export async function startCartService(
  config: CartConfig,
  deps: CartDependencies,
): Promise<RunningCartService> {
  const { logger, bus, cache } = deps;
  const dataSource = await openDatabase({
    url: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
    entities: [CartEntity, CartItemEntity, CouponEntity, CheckoutQuoteEntity],
    migrations: [CreateOutboxAndInbox1700000000000, CreateCart1700000000400],
    logger,
  });
  const relay = new OutboxRelay(dataSource, bus, logger);
  const outbox = new OutboxWriter('cart', () => relay.kick());
  const catalog: ProductCatalog = new HttpProductCatalog({
    url: config.CATALOG_URL,
    timeoutMs: config.CATALOG_TIMEOUT_MS,
    logger,
  });
  const defaultCurrency = config.CART_DEFAULT_CURRENCY;
  const coupons = new CouponService(dataSource, {
    defaultCurrency,
    reservationTtlSeconds: config.COUPON_RESERVATION_TTL_SECONDS,
  });
  const attempts = new CouponAttemptLimiter(
    new RateLimiter(cache, 'coupon-attempts'),
    { limit: config.COUPON_MAX_FAILURES_PER_BUYER, windowSeconds: config.COUPON_FAILURE_WINDOW_SECONDS },
    logger,
  );
  const services: CartServices = {
    carts: new CartService(dataSource, coupons, attempts, { defaultCurrency }),
    coupons,
  };
  const checkout = new CheckoutQuoteService(dataSource, services.carts, coupons, catalog, logger, {
    defaultCurrency,
  });
  const consumer = new OrderEventsConsumer(dataSource, logger);
  const sweeper = new AbandonmentSweeper(dataSource, outbox, logger, {
    abandonAfterSeconds: config.CART_ABANDON_AFTER_SECONDS,
    intervalMs: config.CART_ABANDON_SWEEP_INTERVAL_MS,
    defaultCurrency,
  });
  relay.start();
  const stopConsuming: StopConsuming = await bus.consume({
    consumer: CART_CONSUMER,
    patterns: consumer.patterns,
    handler: (event) => consumer.handle(event),
  });
  sweeper.start();

  const verifier = new JwtVerifier(new JwksKeySource(config.JWKS_URL), {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
  });
  const metrics = new ServiceMetrics('cart');
  const schema = await buildCartSchema();
  const production = config.NODE_ENV === 'production';
  const context = async (request: { req: IncomingMessage; scope: LogScope }): Promise<CartContext> => {
    const ctx = {
      ...(await baseRequestContext(verifier, request, config.TRUSTED_PROXY_HOPS)),
      services,
      products: createProductLoader(catalog),
    };
    return {
      ...ctx,
      loaders: {
        cartById: createByIdLoader((ids) => services.carts.findByIds(ids)),
        pricing: new DataLoader<CartView, PricedCart, string>(
          (views) => Promise.all(views.map((view) => services.carts.price(ctx, view))),
          { cacheKeyFn: (view) => `${view.id}:${view.version}` },
        ),
      },
    };
  };

  const running = await startService<CartContext>({
    name: 'cart',
    port: config.CART_PORT,
    logger,
    metrics,
    graphql: { server: createSubgraphServer<CartContext>({ schema, logger, metrics, production }), context },
    routes: [
      internalRoute({
        method: 'POST',
        path: '/internal/carts/checkout-quote',
        serviceToken: config.SERVICE_TOKEN,
        logger,
        handle: ({ json }) => checkout.quote(json),
      }),
    ],
    readiness: {
      database: () => isDatabaseReachable(dataSource),
      eventBus: async () => bus.isHealthy(),
    },
    onShutdown: [
      () => sweeper.stop(),
      () => stopConsuming(),
      () => relay.stop(),
      () => catalog.close(),
      () => dataSource.destroy(),
    ],
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
  });
  return { ...running, services, checkout, relay, sweeper };
}
