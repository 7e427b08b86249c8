import { PaymentAuthorized } from '@commerce/contracts';
import type { ConsumerOptions } from '@commerce/events';
import type { Logger } from '@commerce/logging';
import { isUuid } from '@commerce/runtime';
import type { SagaStore } from '@commerce/saga';

/** Durable queue of the orders service for payment approvals. */
export const PAYMENT_APPROVALS_CONSUMER = 'orders-payment-approvals';

/** What orders reads of `payment.authorized` (a tolerant reader of payments' contract). */
const approvalSchema = PaymentAuthorized.schema.pick({ orderId: true, paymentId: true });

/**
 * Wakes a checkout parked on a payment that needed the buyer's approval (PAYPAL) when payments
 * publishes `payment.authorized` for it. Idempotent without an inbox: only a saga still waiting on
 * that very payment is woken, so a redelivery (or the event of a card payment nobody waits for)
 * changes nothing. A payload that breaks the contract throws: retried, then dead-lettered.
 */
export function paymentApprovalsSubscription(
  sagas: SagaStore,
  wake: () => void,
  logger: Logger,
): ConsumerOptions {
  return {
    consumer: PAYMENT_APPROVALS_CONSUMER,
    patterns: [PaymentAuthorized.type],
    handler: async (event) => {
      const { orderId, paymentId } = approvalSchema.parse(event.data);
      // Only an order of ours (a UUID) can have a checkout waiting.
      if (!isUuid(orderId)) return;
      const woken = await sagas.resumeWaiting(orderId, 'checkout', { paymentId }, { paymentApproved: true });
      if (woken) {
        logger.info({ orderId, paymentId }, 'payment approved, checkout resumes');
        wake();
      }
    },
  };
}
