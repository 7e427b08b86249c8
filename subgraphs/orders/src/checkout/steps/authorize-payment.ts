import { isRefusal, RetryableError } from '@commerce/runtime';
import type { PaymentsPort } from '../../clients/payments.client';
import { SagaAbort, SagaStep, SagaWait, StepContext } from '../../saga/saga';
import { CheckoutSagaInput, CheckoutSagaOutputs, paymentKeyOf } from '../checkout-saga.types';
import { cancelPayment } from './refund-payment';

type Context = StepContext<CheckoutSagaInput, CheckoutSagaOutputs>;

/**
 * Authorize the total with payments (idempotent by the order's payment key). A payment that needs
 * the buyer's approval (PAYPAL) parks the saga until payments reports it authorized, or until
 * `approvalTimeoutSeconds`. Compensation: void the authorization.
 */
export function authorizePayment(
  payments: PaymentsPort,
  approvalTimeoutSeconds: number,
): SagaStep<CheckoutSagaInput, CheckoutSagaOutputs> {
  return {
    name: 'authorizePayment',
    async invoke(ctx) {
      // Woken by payment.authorized after the buyer approved: the authorization is there.
      if (ctx.outputs.paymentApproved) return { paymentAction: null };
      try {
        const authorization = await authorize(payments, ctx);
        const { paymentId, status } = authorization;
        // A replay after a crash may find the payment further along; capture is idempotent.
        if (status === 'AUTHORIZED' || status === 'CAPTURED') return { paymentId, cardToken: null };
        if (status === 'PENDING')
          throw new RetryableError('payments', `payment ${paymentId} is still pending`);
        if (status !== 'REQUIRES_ACTION') {
          throw new SagaAbort({
            outcome: 'PAYMENT_FAILED',
            code: 'PAYMENT_DECLINED',
            reason: `Payment ${status.toLowerCase()}`,
          });
        }
        const until = new Date(Date.now() + approvalTimeoutSeconds * 1000);
        throw new SagaWait<CheckoutSagaOutputs>(
          until,
          {
            paymentId,
            cardToken: null,
            paymentAction: { redirectUrl: authorization.redirectUrl ?? null, expiresAt: until.toISOString() },
          },
          {
            outcome: 'PAYMENT_FAILED',
            code: 'PAYMENT_APPROVAL_TIMEOUT',
            reason: 'The payment was not approved in time',
          },
        );
      } catch (error) {
        if (isRefusal(error, 'PAYMENT_DECLINED')) {
          const reason = (error.details.reason as string | undefined) ?? error.message;
          throw new SagaAbort({
            outcome: 'PAYMENT_FAILED',
            code: 'PAYMENT_DECLINED',
            reason: `Payment declined: ${reason}`,
          });
        }
        throw error;
      }
    },
    async compensate(ctx) {
      let paymentId = ctx.outputs.paymentId;
      if (!paymentId) {
        // The authorize call's outcome is unknown (no answer before a crash or give-up). Replaying it
        // with the same key returns the authorization if it happened; a decline means nothing to void.
        try {
          paymentId = (await authorize(payments, ctx)).paymentId;
        } catch (error) {
          if (isRefusal(error, 'PAYMENT_DECLINED')) return;
          throw error;
        }
      }
      await cancelPayment(payments, paymentId, 'void', 'Checkout did not complete', ctx.signal);
    },
    giveUp: {
      outcome: 'PAYMENT_FAILED',
      code: 'SERVICE_UNAVAILABLE',
      reason: 'The payment service could not be reached',
    },
  };
}

function authorize(payments: PaymentsPort, { orderId, input, outputs, signal }: Context) {
  const method = outputs.cardToken ? { type: input.method.type, cardToken: outputs.cardToken } : input.method;
  return payments.authorize(
    { orderId, buyerId: input.buyerId, amount: input.amount, method, idempotencyKey: paymentKeyOf(orderId) },
    signal,
  );
}
