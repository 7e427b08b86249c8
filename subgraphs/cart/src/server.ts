import DataLoader from 'dataloader';
import { RateLimiter } from '@commerce/cache';
import { createByIdLoader } from '@commerce/graphql';
import { ContextExtension, defineSubgraph, RunningSubgraphOf } from '@commerce/runtime';
import { AbandonmentSweeper } from './abandonment/abandonment-sweeper';
import { CartItemEntity } from './cart/cart-item.entity';
import type { PricedCart } from './cart/cart-pricing';
import type { CartView } from './cart/cart-view';
import { CartEntity } from './cart/cart.entity';
import { CartService } from './cart/cart.service';
import { HttpProductCatalog } from './catalog/http-product-catalog';
import { createProductLoader } from './catalog/product-loader';
import { CheckoutQuoteEntity } from './checkout/checkout-quote.entity';
import { checkoutQuoteRoutes } from './checkout/checkout-quote.routes';
import { CheckoutQuoteService } from './checkout/checkout-quote.service';
import { OrderEventsConsumer } from './checkout/order-events.consumer';
import { loadCartConfig } from './config';
import type { CartComponents, CartContext } from './context';
import { CouponAttemptLimiter } from './coupon/coupon-attempts';
import { CouponEntity } from './coupon/coupon.entity';
import { CouponService } from './coupon/coupon.service';
import { CreateCart1700000000400 } from './migrations/1700000000400-create-cart';
import { buildCartSchema } from './schema';

/** The cart subgraph: carts, coupons, the checkout quote orders builds on, the clean-up after payment. */
export const cartSubgraph = defineSubgraph({
  name: 'cart',
  loadConfig: loadCartConfig,
  port: (config) => config.CART_PORT,
  schema: buildCartSchema,
  database: {
    entities: [CartEntity, CartItemEntity, CouponEntity, CheckoutQuoteEntity],
    migrations: [CreateCart1700000000400],
  },
  services({ config, dataSource, outbox, cache, logger }): CartComponents {
    const options = { defaultCurrency: config.CART_DEFAULT_CURRENCY };
    const catalog = new HttpProductCatalog({
      url: config.CATALOG_URL,
      timeoutMs: config.CATALOG_TIMEOUT_MS,
      logger,
    });
    const coupons = new CouponService(dataSource, {
      ...options,
      reservationTtlSeconds: config.COUPON_RESERVATION_TTL_SECONDS,
    });
    const attempts = new CouponAttemptLimiter(
      new RateLimiter(cache, 'coupon-attempts'),
      { limit: config.COUPON_MAX_FAILURES_PER_BUYER, windowSeconds: config.COUPON_FAILURE_WINDOW_SECONDS },
      logger,
    );
    const carts = new CartService({ dataSource, coupons, attempts, options });
    return {
      carts,
      coupons,
      catalog,
      quotes: new CheckoutQuoteService({ dataSource, carts, coupons, catalog, logger, options }),
      orderEvents: new OrderEventsConsumer(dataSource, logger),
      sweeper: new AbandonmentSweeper({
        dataSource,
        outbox,
        logger,
        options: {
          ...options,
          abandonAfterSeconds: config.CART_ABANDON_AFTER_SECONDS,
          intervalMs: config.CART_ABANDON_SWEEP_INTERVAL_MS,
        },
      }),
    };
  },
  context: ({ services: { carts, coupons, catalog } }, base): ContextExtension<CartContext> => {
    const services = { carts, coupons };
    // Services price with the caller and this request's product lookups (one catalog snapshot).
    const ctx = { ...base, services, products: createProductLoader(catalog) };
    return {
      services,
      products: ctx.products,
      loaders: {
        cartById: createByIdLoader((ids) => carts.findByIds(ids)),
        pricing: new DataLoader<CartView, PricedCart, string>(
          (views) => Promise.all(views.map((view) => carts.price(ctx, view))),
          { cacheKeyFn: (view) => `${view.id}:${view.version}` },
        ),
      },
    };
  },
  routes: ({ services, internal }) => checkoutQuoteRoutes(services.quotes, internal),
  consumers: ({ services }) => [services.orderEvents.subscription()],
  workers: ({ services }) => [services.sweeper],
  onShutdown: ({ services }) => [() => services.catalog.close()],
});

export type RunningCart = RunningSubgraphOf<typeof cartSubgraph>;
