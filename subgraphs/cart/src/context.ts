import type DataLoader from 'dataloader';
import type { CartRequestContext } from './catalog/product-loader';
import type { PricedCart } from './cart/cart-pricing';
import type { CartService } from './cart/cart.service';
import type { CartView } from './cart/cart-view';
import type { CouponService } from './coupon/coupon.service';

/** The cart service's singletons, reached by resolvers through the request context. */
export interface CartServices {
  carts: CartService;
  coupons: CouponService;
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
