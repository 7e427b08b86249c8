import { QuoteCheckout, SettlePaidCheckout } from '@commerce/contracts';
import { internalRoute, InternalRouteDefaults, Route } from '@commerce/http';
import type { CheckoutQuoteService } from './checkout-quote.service';

/**
 * `POST /internal/carts/checkout-quote` `{ buyerId, orderId }` (@commerce/contracts QuoteCheckout): the
 * priced cart an order is built from (service token; answers in the one internal error body, see
 * @commerce/http internalRoute).
 * `POST /internal/carts/checkout-paid` `{ buyerId, orderId }` (SettlePaidCheckout): the paid outcome
 * applied before orders answers the buyer.
 */
export function checkoutQuoteRoutes(quotes: CheckoutQuoteService, internal: InternalRouteDefaults): Route[] {
  return [
    internalRoute({
      ...internal,
      method: QuoteCheckout.method,
      path: QuoteCheckout.path,
      handle: ({ json }) => quotes.quote(json),
    }),
    internalRoute({
      ...internal,
      method: SettlePaidCheckout.method,
      path: SettlePaidCheckout.path,
      handle: ({ json }) => quotes.settlePaid(json),
    }),
  ];
}
