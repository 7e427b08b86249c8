import type DataLoader from 'dataloader';
import type { AbandonmentSweeper } from './abandonment/abandonment-sweeper';
import type { CartRequestContext } from './catalog/product-loader';
import type { ProductCatalog } from './catalog/product-catalog';
import type { PricedCart } from './cart/cart-pricing';
import type { CartService } from './cart/cart.service';
import type { CartView } from './cart/cart-view';
import type { CheckoutQuoteService } from './checkout/checkout-quote.service';
import type { OrderEventsConsumer } from './checkout/order-events.consumer';
import type { CouponService } from './coupon/coupon.service';

/** The cart service's singletons, reached by resolvers through the request context. */
interface CartServices {
  carts: CartService;
  coupons: CouponService;
}

/** Everything the cart service builds at start-up: the resolvers' services and what runs beside them. */
export interface CartComponents extends CartServices {
  /** The checkout quotes orders asks for (internal endpoint). */
  quotes: CheckoutQuoteService;
  /** Product data, from the catalog subgraph. */
  catalog: ProductCatalog;
  orderEvents: OrderEventsConsumer;
  sweeper: AbandonmentSweeper;
}

/** Per-request context: the caller, the services and this request's DataLoaders. */
export interface CartContext extends CartRequestContext {
  services: CartServices;
  loaders: {
    cartById: DataLoader<string, CartView | null>;
    /** One pricing per cart version and request, shared by subtotal, discount, total and coupon. */
    pricing: DataLoader<CartView, PricedCart, string>;
  };
}
