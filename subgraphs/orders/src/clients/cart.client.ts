import {
  type CheckoutQuote,
  QuoteCheckout,
  type RouteRequest,
  SettlePaidCheckout,
} from '@commerce/contracts';
import { ErrorCode } from '@commerce/errors';
import type { InternalClient } from '@commerce/http';
import { validateQuote } from '../checkout/quote-rules';

/**
 * The cart service, as checkout needs it (@commerce/contracts cart.ts). `quote` reserves the coupon
 * use for `orderId`; cart confirms or releases it from our order.paid / order.payment_failed /
 * order.cancelled events. The quote answered is checked: contract, one currency, totals that add up.
 * Refusals: CONFLICT (empty cart), OUT_OF_STOCK (an item is no longer available).
 */
export interface CartPort {
  quote(buyerId: string, orderId: string, signal?: AbortSignal): Promise<CheckoutQuote>;
  /** The checkout ended PAID: cart removes what was quoted now (it would on order.paid too). */
  settlePaid(buyerId: string, orderId: string, signal?: AbortSignal): Promise<void>;
}

/** {@link CartPort} over cart's internal HTTP endpoint. */
export class HttpCart implements CartPort {
  constructor(private readonly http: InternalClient) {}

  async quote(buyerId: string, orderId: string, signal?: AbortSignal): Promise<CheckoutQuote> {
    const body: RouteRequest<typeof QuoteCheckout> = { buyerId, orderId };
    const answer = await this.http.post(QuoteCheckout.path, body, signal);
    // The contract's schema and the arithmetic, in one pass (quote-rules.ts).
    if (answer.status === 200) return validateQuote(answer.body);
    if (answer.status === 409) throw this.http.refusal(answer, ErrorCode.CONFLICT);
    throw this.http.unexpected(QuoteCheckout.path, answer);
  }

  async settlePaid(buyerId: string, orderId: string, signal?: AbortSignal): Promise<void> {
    const body: RouteRequest<typeof SettlePaidCheckout> = { buyerId, orderId };
    const answer = await this.http.post(SettlePaidCheckout.path, body, signal);
    if (answer.status !== 200) throw this.http.unexpected(SettlePaidCheckout.path, answer);
  }
}
