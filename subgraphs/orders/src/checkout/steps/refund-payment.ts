import type { Money } from '@commerce/contracts';
import { isRefusal } from '@commerce/http';
import type { SagaStep } from '@commerce/saga';
import type { PaymentsPort } from '../../clients/payments.client';

/**
 * Makes sure a payment holds no money, whatever state it reached: void an authorization, refund a
 * capture. `first` is the likelier one; payments answers CONFLICT for the wrong one (void of a
 * captured payment, refund of an uncaptured one), and then the other is tried. CONFLICT on both
 * means it is already voided or refunded.
 */
export async function cancelPayment(
  payments: PaymentsPort,
  paymentId: string,
  first: 'void' | 'refund',
  reason: string,
  signal: AbortSignal,
): Promise<void> {
  const attempts = first === 'void' ? (['void', 'refund'] as const) : (['refund', 'void'] as const);
  for (const action of attempts) {
    try {
      if (action === 'void') await payments.void(paymentId, signal);
      else await payments.refund(paymentId, reason, undefined, signal);
      return;
    } catch (error) {
      if (!isRefusal(error, 'CONFLICT')) throw error;
    }
  }
}

/** Input of follow-up sagas that give a paid order's money back (cancel, approved return). */
export interface RefundInput {
  paymentId: string;
  amount: Money;
  reason: string;
}

/**
 * Follow-up step of a cancelled or returned order: refund the whole payment. Forward-only (retried
 * until payments accepts); payments' refund is idempotent by paymentId.
 */
export function refundPayment<I extends RefundInput, O>(payments: PaymentsPort): SagaStep<I, O> {
  return {
    name: 'refundPayment',
    async invoke({ input, signal }) {
      try {
        await payments.refund(input.paymentId, input.reason, input.amount, signal);
      } catch (error) {
        // Already refunded (a repeat after a crash): done.
        if (!isRefusal(error, 'CONFLICT')) throw error;
      }
    },
  };
}
