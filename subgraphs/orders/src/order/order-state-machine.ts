import { OrderStatusEvents } from '@commerce/contracts';
import { conflict } from '@commerce/errors';

/** Where an order is in its life. Values are the public API's (docs/api.md); never rename one. */
export enum OrderStatus {
  PENDING = 'PENDING',
  PAID = 'PAID',
  PAYMENT_FAILED = 'PAYMENT_FAILED',
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
  RETURN_REQUESTED = 'RETURN_REQUESTED',
  REFUNDED = 'REFUNDED',
}

/**
 * Every legal move of an order. Anything not listed is refused with CONFLICT, so a late or
 * duplicated command (ship a cancelled order, refund twice) can never corrupt the order.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  [OrderStatus.PENDING]: [OrderStatus.PAID, OrderStatus.PAYMENT_FAILED, OrderStatus.CANCELLED],
  [OrderStatus.PAID]: [OrderStatus.SHIPPED, OrderStatus.CANCELLED],
  [OrderStatus.SHIPPED]: [OrderStatus.DELIVERED],
  [OrderStatus.DELIVERED]: [OrderStatus.RETURN_REQUESTED],
  [OrderStatus.RETURN_REQUESTED]: [OrderStatus.REFUNDED],
  [OrderStatus.PAYMENT_FAILED]: [],
  [OrderStatus.CANCELLED]: [],
  [OrderStatus.REFUNDED]: [],
};

/**
 * The routing key of the event published when an order enters each status: the contracts'
 * (@commerce/contracts OrderStatusEvents, which order-transition.ts records).
 */
export const EVENT_FOR_STATUS: Readonly<Record<Exclude<OrderStatus, 'PENDING'>, string>> = Object.fromEntries(
  Object.entries(OrderStatusEvents).map(([status, event]) => [status, event.type]),
) as Record<keyof typeof OrderStatusEvents, string>;

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from]?.includes(to) ?? false;
}

/** Throws CONFLICT naming both statuses when `from -> to` is not a legal move. */
export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) {
    throw conflict(`An order that is ${from} cannot become ${to}`, { from, to });
  }
}

/** True for statuses no order ever leaves. */
export function isFinal(status: OrderStatus): boolean {
  return ORDER_TRANSITIONS[status].length === 0;
}
