import type { ConsumerOptions } from '@commerce/events';
import type { Logger } from '@commerce/logging';
import { isUuid } from '@commerce/runtime';
import type { SagaStore } from '../saga/saga-store';

/** Durable queue of the orders service for payment approvals. */
export const PAYMENT_APPROVALS_CONSUMER = 'orders-payment-approvals';

/**
 * Wakes a checkout parked on a payment that needed the buyer's approval (PAYPAL) when payments
 * publishes `payment.authorized` for it. Idempotent without an inbox: only a saga still waiting on
 * that very payment is woken, so a redelivery (or the event of a card payment nobody waits for)
 * changes nothing.
 */
export function paymentApprovalsSubscription(
  sagas: SagaStore,
  wake: () => void,
  logger: Logger,
): ConsumerOptions {
  return {
    consumer: PAYMENT_APPROVALS_CONSUMER,
    patterns: ['payment.authorized'],
    handler: async (event) => {
      const { orderId, paymentId } = (event.data ?? {}) as { orderId?: unknown; paymentId?: unknown };
      if (!isUuid(orderId) || typeof paymentId !== 'string') return;
      const woken = await sagas.resumeWaiting(orderId, 'checkout', { paymentId }, { paymentApproved: true });
      if (woken) {
        logger.info({ orderId, paymentId }, 'payment approved, checkout resumes');
        wake();
      }
    },
  };
}
