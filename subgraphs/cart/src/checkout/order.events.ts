import { z } from 'zod';

/**
 * Events of the orders service that the cart consumes (durable queue `cart`). Only the fields the cart
 * uses are checked; the rest of each payload is ignored.
 */
export const OrderEvents = {
  paid: 'order.paid',
  paymentFailed: 'order.payment_failed',
  cancelled: 'order.cancelled',
} as const;

/** The cart's durable queue and inbox name. */
export const CART_CONSUMER = 'cart';

export const orderEventDataRule = z
  .object({
    orderId: z.string().min(1),
    buyerId: z.string().min(1),
  })
  .passthrough();

export type OrderEventData = z.infer<typeof orderEventDataRule>;
