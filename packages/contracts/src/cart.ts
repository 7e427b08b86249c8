/**
 * What the cart service offers the orders saga (the checkout quote over internal HTTP) and tells
 * others (`cart.abandoned`).
 */
import { z } from 'zod';
import { defineEvent } from './event';
import { idSchema, uuidSchema } from './ids';
import { moneySchema } from './money';
import { defineRoute } from './route';

/** Order ids end up in cart's quote rows and logs: printable and bounded. */
const quotedOrderIdSchema = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'is not a valid order id');

/** The cart of `buyerId` priced for order `orderId`, which reserves its coupon use for that order. */
const checkoutQuoteRequestSchema = z.object({
  buyerId: z.string().trim().min(1, 'is required').max(64, 'must be at most 64 characters'),
  orderId: quotedOrderIdSchema,
});

/** One line of the cart as priced for this checkout. */
const quoteItemSchema = z.object({
  itemId: idSchema,
  productId: uuidSchema,
  sellerId: uuidSchema,
  name: z.string().max(500),
  quantity: z.number().int().min(1),
  /** The catalog's CURRENT price: what the order charges (the cart's snapshot is only for display). */
  unitPrice: moneySchema,
  lineTotal: moneySchema,
});

/**
 * The cart at the instant of checkout: what the order is made of. One currency throughout; orders
 * also checks that the totals add up before charging `total`.
 */
export const checkoutQuoteSchema = z.object({
  cartId: idSchema,
  currency: z.string().regex(/^[A-Z]{3}$/),
  items: z.array(quoteItemSchema).min(1),
  coupon: z.object({ code: z.string(), kind: z.string(), value: z.number() }).nullable(),
  subtotal: moneySchema,
  discount: moneySchema,
  total: moneySchema,
});

export type CheckoutQuote = z.infer<typeof checkoutQuoteSchema>;

/**
 * 200 with the quote; 409 CONFLICT for an empty cart, a coupon that no longer applies (details:
 * reason, couponCode) or an order no longer being checked out; 409 OUT_OF_STOCK when an item is no
 * longer available (details: productId, available).
 */
export const QuoteCheckout = defineRoute('POST', '/internal/carts/checkout-quote', {
  request: checkoutQuoteRequestSchema,
  response: checkoutQuoteSchema,
});

/**
 * The checkout of `orderId` ended PAID: remove what was quoted from `buyerId`'s cart now, so the buyer's
 * next read of the cart sees it (read your own writes). The same change `order.paid` makes; whichever
 * comes first applies it, the other finds nothing left to do. `settled` is false when no quote of
 * this order and buyer exists here.
 */
export const SettlePaidCheckout = defineRoute('POST', '/internal/carts/checkout-paid', {
  request: checkoutQuoteRequestSchema,
  response: z.object({ settled: z.boolean() }),
});

/**
 * A cart with items was left untouched for the configured time (e.g. for a reminder e-mail).
 * `subtotal` is at the prices of when the items were added: the sweeper does not call the catalog.
 */
export const CartAbandoned = defineEvent(
  'cart.abandoned',
  z.object({
    cartId: idSchema,
    buyerId: idSchema,
    /** Units over all lines. */
    itemCount: z.number().int(),
    subtotal: moneySchema,
  }),
);
