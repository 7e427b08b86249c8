/**
 * What the orders service tells others: one event per status an order enters, plus `order.created`
 * and `order.shipment_updated`. Payloads are thin (ids and what cart, notifications, reviews and
 * analytics need without reading the orders database). Orders has no internal endpoint: it calls the
 * others (see catalog.ts, payments.ts, cart.ts, users.ts).
 */
import { z } from 'zod';
import { defineEvent } from './event';
import { idSchema } from './ids';
import { moneySchema } from './money';

/** Where an order is in its life; the public API's values (`enum OrderStatus`, schema/api.graphql). */
export const orderStatusSchema = z.enum([
  'PENDING',
  'PAID',
  'PAYMENT_FAILED',
  'SHIPPED',
  'DELIVERED',
  'CANCELLED',
  'RETURN_REQUESTED',
  'REFUNDED',
]);

/** Carried by every order.* event. */
export const orderEventSchema = z.object({
  orderId: idSchema,
  buyerId: idSchema,
  sellerIds: z.array(idSchema),
  status: orderStatusSchema,
  total: moneySchema,
  /** Why the order moved (payment_failed, cancelled, return_requested); absent otherwise. */
  reason: z.string().nullish(),
  reasonCode: z.string().nullish(),
});

/** Every status change also names the status the order left (order.cancelled from PENDING or PAID). */
export const orderStatusChangeSchema = orderEventSchema.extend({ previousStatus: orderStatusSchema });

/** The end of a checkout names the cart quoted: cart confirms or releases its coupon use from it. */
const checkoutOutcomeSchema = orderStatusChangeSchema.extend({ cartId: idSchema.nullable() });

/** A parcel, as order.shipped and order.delivered list them. */
const parcelSchema = z.object({ sellerId: idSchema, carrier: z.string(), trackingNumber: z.string() });

const parcelsChangeSchema = orderStatusChangeSchema.extend({ shipments: z.array(parcelSchema) });

export const OrderCreated = defineEvent(
  'order.created',
  orderEventSchema.extend({ cartId: idSchema.nullable() }),
);

/** What cart (clear the cart), reviews (verified purchase) and analytics (sales) need. */
export const OrderPaid = defineEvent(
  'order.paid',
  checkoutOutcomeSchema.extend({
    subtotal: moneySchema,
    discount: moneySchema,
    couponCode: z.string().nullable(),
    paymentId: idSchema.nullable(),
    items: z.array(
      z.object({
        productId: idSchema,
        sellerId: idSchema,
        quantity: z.number().int(),
        unitPrice: moneySchema,
      }),
    ),
  }),
);

export const OrderPaymentFailed = defineEvent('order.payment_failed', checkoutOutcomeSchema);
export const OrderCancelled = defineEvent('order.cancelled', checkoutOutcomeSchema);
/** Every seller's parcel is on its way. */
export const OrderShipped = defineEvent('order.shipped', parcelsChangeSchema);
/** Every parcel arrived. */
export const OrderDelivered = defineEvent('order.delivered', parcelsChangeSchema);
export const OrderReturnRequested = defineEvent('order.return_requested', orderStatusChangeSchema);
/** The return was approved: `amount` of payment `paymentId` goes back to the buyer. */
export const OrderRefunded = defineEvent(
  'order.refunded',
  orderStatusChangeSchema.extend({ paymentId: idSchema, amount: moneySchema }),
);

/** A seller's parcel changed (shipped, delivered), whether or not the order's status did. */
export const OrderShipmentUpdated = defineEvent(
  'order.shipment_updated',
  orderEventSchema.extend({
    sellerId: idSchema,
    carrier: z.string(),
    trackingNumber: z.string(),
    shipmentStatus: z.string(),
  }),
);

/** The event published when an order enters each status (every status but PENDING, which is created). */
export const OrderStatusEvents = {
  PAID: OrderPaid,
  PAYMENT_FAILED: OrderPaymentFailed,
  SHIPPED: OrderShipped,
  DELIVERED: OrderDelivered,
  CANCELLED: OrderCancelled,
  RETURN_REQUESTED: OrderReturnRequested,
  REFUNDED: OrderRefunded,
} as const;
