import type { Money } from '../shared/money';
import type { OrderStatus } from './order-state-machine';

/**
 * Events the orders service publishes (routing key = type), besides one per status change
 * (EVENT_FOR_STATUS). Payloads are thin: ids and what cart, notifications, reviews and analytics
 * need without reading this database.
 */
export const OrderEvents = {
  created: 'order.created',
  /** A seller's parcel changed (shipped, delivered) without necessarily changing the order's status. */
  shipmentUpdated: 'order.shipment_updated',
} as const;

/** Carried by every order.* event. */
export interface OrderEventData {
  orderId: string;
  buyerId: string;
  sellerIds: string[];
  status: OrderStatus;
  total: Money;
  /** Why the order moved (payment_failed, cancelled, return_requested); null otherwise. */
  reason?: string | null;
  reasonCode?: string | null;
  /** The status it left (status-change events): e.g. order.cancelled from PENDING or from PAID. */
  previousStatus?: OrderStatus;
}

/** order.created, order.paid, order.payment_failed and order.cancelled also name the cart quoted. */
export interface CheckoutEventData extends OrderEventData {
  cartId: string | null;
}

/** order.paid: what cart (clear), reviews (verified purchase) and analytics (sales) need. */
export interface OrderPaidData extends CheckoutEventData {
  subtotal: Money;
  discount: Money;
  couponCode: string | null;
  paymentId: string | null;
  items: { productId: string; sellerId: string; quantity: number; unitPrice: Money }[];
}

/** order.shipment_updated, order.shipped, order.delivered. */
export interface ShipmentEventData extends OrderEventData {
  sellerId: string;
  carrier: string;
  trackingNumber: string;
  shipmentStatus: string;
}
