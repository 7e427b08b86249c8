import { createHash } from 'node:crypto';
import type { CheckoutQuote } from '@commerce/contracts';
import type { CheckoutRequest } from './checkout.validation';

/** Namespace of order ids derived from idempotency keys (any fixed value; never change it). */
const ORDER_ID_NAMESPACE = 'commerce.orders.checkout.v1';

/**
 * The order id of a checkout: a name-based UUID of (buyer, idempotency key). Every retry of one
 * checkout, however it races, names the same order, so it lands on the same row, the same catalog
 * reservation and the same payment key, and cart keys the coupon use by the same id.
 */
export function checkoutOrderId(buyerId: string, idempotencyKey: string): string {
  const hash = createHash('sha256').update(`${ORDER_ID_NAMESPACE}\0${buyerId}\0${idempotencyKey}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50; // version 5 layout (name-based)
  hash[8] = (hash[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * What a checkout is about: the products and quantities quoted, the coupon, the payment method type
 * and the address. A reused idempotency key with a different fingerprint is refused (CONFLICT).
 * Prices are left out on purpose: a retry after a price change is still the same purchase, and the
 * order keeps the prices of its first quote. The card token is left out too: clients may
 * re-tokenize a card when they retry.
 */
export function checkoutFingerprint(quote: CheckoutQuote, request: CheckoutRequest): string {
  const items = quote.items
    .map((item) => `${item.productId}x${item.quantity}`)
    .sort()
    .join(',');
  const canonical = JSON.stringify([
    items,
    quote.coupon?.code ?? null,
    request.paymentMethod.type,
    request.shippingAddressId ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
