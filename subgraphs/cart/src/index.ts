import { loadCartConfig } from './config';
import { buildCartSchema } from './schema';
import { startCartService } from './cart-subgraph';

export { startCartService } from './cart-subgraph';
export type { RunningCartService, CartDependencies } from './cart-subgraph';
export { loadCartConfig, cartConfigShape } from './config';
export type { CartConfig } from './config';
export { buildCartSchema } from './schema';
export type { CheckoutQuote, QuoteItem, QuoteRequest } from './checkout/checkout-quote';
export { CartEvents } from './cart/cart.events';
export type { CartAbandonedData } from './cart/cart.events';

/** Until cart is defined with defineSubgraph: the same shape for main.ts and the launchers. */
export const cartSubgraph = {
  name: 'cart',
  cache: 'redis' as const,
  loadConfig: loadCartConfig,
  buildSchema: buildCartSchema,
  start: startCartService,
};
