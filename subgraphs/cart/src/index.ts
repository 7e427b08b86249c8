export { cartSubgraph } from './server';
export type { RunningCart } from './server';
export { loadCartConfig, cartConfigShape } from './config';
export type { CartConfig } from './config';
export { buildCartSchema } from './schema';
export type { CheckoutQuote, QuoteItem, QuoteRequest } from './checkout/checkout-quote';
export { CartEvents } from './cart/cart.events';
export type { CartAbandonedData } from './cart/cart.events';
