import type { EntityManager } from 'typeorm';
import { money } from '@commerce/contracts';
import type { OutboxWriter } from '@commerce/events';
import { checkoutEventData, transitionOrder } from '../../order/order-transition';
import { OrderStatus } from '../../order/order-state-machine';
import type { CheckoutSagaState } from './checkout-saga.types';

/**
 * Last step of checkout, in the transaction that closes the saga: PENDING -> PAID and order.paid
 * (cart clears the cart and confirms the coupon use from it). Nothing to compensate: it only runs
 * once every other step succeeded.
 */
export function markPaid(outbox: OutboxWriter) {
  return async (manager: EntityManager, state: CheckoutSagaState): Promise<void> => {
    await transitionOrder(manager, outbox, {
      orderId: state.subjectId,
      from: OrderStatus.PENDING,
      to: OrderStatus.PAID,
      reason: 'Payment captured',
      paymentId: state.outputs.paymentId ?? null,
      eventData: (order) => ({
        ...checkoutEventData(order),
        subtotal: money(order.subtotal, order.currency),
        discount: money(order.discount, order.currency),
        couponCode: order.couponCode,
        paymentId: order.paymentId,
        items: state.input.items,
      }),
    });
  };
}
