import { internalRoute, InternalRouteDefaults, Route } from '@commerce/http';
import type { CheckoutQuoteService } from './checkout-quote.service';

/**
 * `POST /internal/carts/checkout-quote` `{ buyerId, orderId }`: the priced cart an order is built
 * from (service token; answers in the one internal error body, see @commerce/http internalRoute).
 */
export function checkoutQuoteRoutes(quotes: CheckoutQuoteService, internal: InternalRouteDefaults): Route[] {
  return [
    internalRoute({
      ...internal,
      method: 'POST',
      path: '/internal/carts/checkout-quote',
      handle: ({ json }) => quotes.quote(json),
    }),
  ];
}
