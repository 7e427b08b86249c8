import type { CheckoutQuote } from '@commerce/contracts';
import type { CartPort } from '../clients/cart.client';

/**
 * First step of checkout, before the order exists: take the cart at this instant. Its items, prices
 * and the coupon's discount become the order, so later cart changes do not touch it. The port answers
 * a quote already checked (contract and totals: quote-rules.ts).
 *
 * No compensation here: the quote reserved the coupon use under this order id, and cart confirms or
 * releases it when it sees order.paid, order.payment_failed or order.cancelled for that id. (If the
 * order is never created, a retry with the same idempotency key reuses the same order id and so the
 * same reservation; cart lets reservations nobody confirms lapse.)
 */
export async function quoteCart(
  cart: CartPort,
  buyerId: string,
  orderId: string,
  signal?: AbortSignal,
): Promise<CheckoutQuote> {
  return cart.quote(buyerId, orderId, signal);
}
