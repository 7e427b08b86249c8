import type { Money } from '../shared/money';
import { ErrorCode } from '@commerce/errors';
import type { InternalClient } from '@commerce/http';

/** One line of the cart as priced for this checkout. */
export interface QuoteItem {
  itemId: string;
  productId: string;
  sellerId: string;
  name: string;
  quantity: number;
  unitPrice: Money;
  lineTotal: Money;
}

/** The cart at the instant of checkout: what the order is made of (cart's contract). */
export interface CartQuote {
  cartId: string;
  currency: string;
  items: QuoteItem[];
  coupon: { code: string; kind: string; value: number } | null;
  subtotal: Money;
  discount: Money;
  total: Money;
}

/**
 * The cart service, as checkout needs it. `quote` reserves the coupon use for `orderId`; cart
 * confirms or releases it from our order.paid / order.payment_failed / order.cancelled events.
 * Refusals: CONFLICT (empty cart), OUT_OF_STOCK (an item is no longer available).
 */
export interface CartPort {
  quote(buyerId: string, orderId: string, signal?: AbortSignal): Promise<CartQuote>;
}

/** {@link CartPort} over cart's internal HTTP endpoint. */
export class HttpCart implements CartPort {
  constructor(private readonly http: InternalClient) {}

  async quote(buyerId: string, orderId: string, signal?: AbortSignal): Promise<CartQuote> {
    const path = '/internal/carts/checkout-quote';
    const answer = await this.http.post(path, { buyerId, orderId }, signal);
    if (answer.status === 200) return answer.body as CartQuote; // shape checked by validateQuote
    if (answer.status === 409) throw this.http.refusal(answer, ErrorCode.CONFLICT);
    throw this.http.unexpected(path, answer);
  }
}
