import type { EntityManager } from 'typeorm';
import type { OutboxWriter } from '@commerce/events';
import { checkoutEventData, transitionOrder } from '../../order/order-transition';
import { OrderStatus } from '../../order/order-state-machine';
import type { CheckoutFailure, CheckoutSagaState } from './checkout-saga.types';

/**
 * End of a compensated checkout, in the transaction that closes the saga: PENDING ->
 * PAYMENT_FAILED or CANCELLED with the reason, and the event cart releases the coupon use from.
 */
export function markFailed(outbox: OutboxWriter) {
  return async (
    manager: EntityManager,
    state: CheckoutSagaState,
    failure: CheckoutFailure,
  ): Promise<void> => {
    await transitionOrder(manager, outbox, {
      orderId: state.subjectId,
      from: OrderStatus.PENDING,
      to: failure.outcome === 'PAYMENT_FAILED' ? OrderStatus.PAYMENT_FAILED : OrderStatus.CANCELLED,
      reason: failure.reason,
      code: failure.code,
      actorId: failure.actorId ?? null,
      eventData: checkoutEventData,
    });
  };
}
