import { z } from 'zod';

/**
 * Events of the orders service that reviews consumes (durable queue `reviews`): a tolerant reader of
 * orders' payloads (subgraphs/orders/src/order/order.events.ts), keeping only what verified purchases
 * and seller ratings need. Unknown fields are ignored.
 */
export const OrderEvents = {
  paid: 'order.paid',
  delivered: 'order.delivered',
  refunded: 'order.refunded',
} as const;

/** The durable queue (and inbox name) of order events in the reviews service. */
export const REVIEWS_ORDERS_CONSUMER = 'reviews';

const uuid = z
  .string()
  .uuid()
  .transform((id) => id.toLowerCase());

/** What every order.* event carries. */
export const orderEventRule = z.object({
  orderId: uuid,
  buyerId: uuid,
  sellerIds: z.array(uuid).max(1000),
});

/** order.paid also lists what was bought, and from whom. */
export const orderPaidRule = orderEventRule.extend({
  items: z
    .array(z.object({ productId: uuid, sellerId: uuid }))
    .min(1)
    .max(1000),
});

export type OrderEventData = z.infer<typeof orderEventRule>;
export type OrderPaidData = z.infer<typeof orderPaidRule>;
