import type { z } from 'zod';
import {
  type EventInput,
  OrderCreated,
  orderEventSchema,
  OrderPaymentFailed,
  OrderShipmentUpdated,
} from '@commerce/contracts';

/**
 * Events the orders service publishes besides one per status change (@commerce/contracts
 * OrderStatusEvents, see order-transition.ts). The payloads are contracts of @commerce/contracts
 * (orders.ts), validated as they are recorded.
 */
export const OrderEvents = {
  created: OrderCreated,
  /** A seller's parcel changed (shipped, delivered) without necessarily changing the order's status. */
  shipmentUpdated: OrderShipmentUpdated,
} as const;

/** Carried by every order.* event. */
export type OrderEventData = z.input<typeof orderEventSchema>;

/** order.paid, order.payment_failed and order.cancelled also name the cart quoted. */
export type CheckoutEventData = EventInput<typeof OrderPaymentFailed>;

/** order.shipment_updated. */
export type ShipmentEventData = EventInput<typeof OrderShipmentUpdated>;
