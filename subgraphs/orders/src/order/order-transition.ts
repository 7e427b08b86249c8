import type { EntityManager } from 'typeorm';
import { type EventInput, money, OrderStatusEvents, type orderStatusChangeSchema } from '@commerce/contracts';
import { entityFromRow, returningRows } from '@commerce/database';
import { conflict } from '@commerce/errors';
import type { OutboxWriter } from '@commerce/events';
import type { z } from 'zod';
import { OrderEntity, type StatusChangeRecord } from './order.entity';
import type { CheckoutEventData, OrderEventData } from './order.events';
import { assertTransition, OrderStatus } from './order-state-machine';

/** A status an order can enter, each with its event (@commerce/contracts OrderStatusEvents). */
type TargetStatus = Exclude<OrderStatus, OrderStatus.PENDING>;
type StatusEvent<To extends TargetStatus> = (typeof OrderStatusEvents)[To];

/** What the event of entering `To` carries beyond the fields of every status change. */
type ExtraEventData<To extends TargetStatus> = Omit<
  EventInput<StatusEvent<To>>,
  keyof z.input<typeof orderStatusChangeSchema>
>;

export interface TransitionRequest<To extends TargetStatus> {
  orderId: string;
  from: OrderStatus;
  to: To;
  reason?: string | null;
  code?: string | null;
  actorId?: string | null;
  /** Set on the order in the same statement (the paid order's payment id). */
  paymentId?: string | null;
  /** Extra fields of the event (beyond what every status change carries), as its contract names them. */
  eventData?: (order: OrderEntity) => ExtraEventData<To>;
}

/**
 * Moves an order to a new status inside the caller's transaction: checks the move against the state
 * machine, appends to statusHistory, and records the order.* event in the outbox, so the change and
 * its event commit together or not at all. The UPDATE is conditional on the status read by the
 * caller: if another transaction moved the order meanwhile, this one fails with CONFLICT.
 */
export async function transitionOrder<To extends TargetStatus>(
  manager: EntityManager,
  outbox: OutboxWriter,
  request: TransitionRequest<To>,
): Promise<OrderEntity> {
  assertTransition(request.from, request.to);
  const entry: StatusChangeRecord = {
    status: request.to,
    reason: request.reason ?? null,
    code: request.code ?? null,
    at: new Date().toISOString(),
    actorId: request.actorId ?? null,
  };
  const rows = await returningRows<Record<string, unknown>>(
    manager,
    `UPDATE orders SET status = $3, status_history = status_history || $4::jsonb, updated_at = now(),
       payment_id = coalesce($5, payment_id),
       delivered_at = CASE WHEN $3 = 'DELIVERED' THEN now() ELSE delivered_at END
     WHERE id = $1 AND status = $2
     RETURNING *`,
    [request.orderId, request.from, request.to, JSON.stringify([entry]), request.paymentId ?? null],
  );
  if (rows.length === 0) {
    throw conflict('The order changed meanwhile; reload it and try again', {
      from: request.from,
      to: request.to,
    });
  }
  const order = entityFromRow(manager, OrderEntity, rows[0]);
  const event: StatusEvent<To> = OrderStatusEvents[request.to];
  // The compiler cannot add up a spread of generic parts; the outbox validates the whole by contract.
  const data = {
    ...orderEventData(order, entry),
    previousStatus: request.from,
    ...(request.eventData?.(order) ?? {}),
  } as EventInput<StatusEvent<To>>;
  await outbox.record(manager, event, data);
  return order;
}

/** The fields every order.* event carries. */
export function orderEventData(order: OrderEntity, change?: StatusChangeRecord): OrderEventData {
  return {
    orderId: order.id,
    buyerId: order.buyerId,
    sellerIds: order.sellerIds,
    status: order.status,
    total: money(order.total, order.currency),
    ...(change?.reason ? { reason: change.reason, reasonCode: change.code } : {}),
  };
}

/** Checkout outcomes also name the cart, which confirms or releases its coupon use from them. */
export function checkoutEventData(order: OrderEntity): Pick<CheckoutEventData, 'cartId'> {
  return { cartId: order.cartId };
}
