import { isRefusal } from '@commerce/runtime';
import type { PaymentsPort } from '../../clients/payments.client';
import { SagaAbort, SagaStep } from '../../saga/saga';
import type { CheckoutSagaInput, CheckoutSagaOutputs } from '../checkout-saga.types';
import { cancelPayment } from './refund-payment';

/** Money is not taken when the stock hold lapses within this margin: commit would then fail. */
const RESERVATION_MARGIN_MS = 30_000;

/**
 * Capture the authorized payment: the pivot of checkout (after it the order is going to be PAID).
 * Compensation: refund it.
 */
export function capturePayment(payments: PaymentsPort): SagaStep<CheckoutSagaInput, CheckoutSagaOutputs> {
  return {
    name: 'capturePayment',
    async invoke({ outputs, signal }) {
      const expiresAt = outputs.reservationExpiresAt ? Date.parse(outputs.reservationExpiresAt) : Infinity;
      if (expiresAt - RESERVATION_MARGIN_MS < Date.now()) {
        throw new SagaAbort({
          outcome: 'CANCELLED',
          code: 'CHECKOUT_EXPIRED',
          reason: 'Checkout took too long: the stock hold expired before payment',
        });
      }
      try {
        await payments.capture(outputs.paymentId!, signal);
      } catch (error) {
        if (isRefusal(error)) {
          throw new SagaAbort({
            outcome: 'PAYMENT_FAILED',
            code: error.code,
            reason: `Payment could not be captured: ${error.message}`,
          });
        }
        throw error;
      }
    },
    async compensate({ outputs, signal }) {
      await cancelPayment(payments, outputs.paymentId!, 'refund', 'Checkout did not complete', signal);
    },
    giveUp: {
      outcome: 'PAYMENT_FAILED',
      code: 'SERVICE_UNAVAILABLE',
      reason: 'The payment could not be captured: payment service unavailable',
    },
  };
}
