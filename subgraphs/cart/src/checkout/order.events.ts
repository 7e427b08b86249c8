import type { z } from 'zod';
import { OrderCancelled, orderEventSchema, OrderPaid, OrderPaymentFailed } from '@commerce/contracts';

/** The cart's durable queue and inbox name. */
export const CART_CONSUMER = 'cart';

/** The orders events that end a checkout, which the cart reacts to (durable queue `cart`). */
export const CHECKOUT_OUTCOMES = [OrderPaid.type, OrderPaymentFailed.type, OrderCancelled.type];

/**
 * What the cart reads of them, a tolerant reader of orders' contract (@commerce/contracts): which
 * order, whose, and why; the rest of each payload is ignored.
 */
export const checkoutOutcomeSchema = orderEventSchema.pick({ orderId: true, buyerId: true, reason: true });

export type CheckoutOutcome = z.output<typeof checkoutOutcomeSchema>;
