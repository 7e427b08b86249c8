import { isRefusal, Refusal, RetryableError } from '@commerce/http';
import type { Authorization, PaymentsPort } from '../../clients/payments.client';
import { SagaAbort, SagaFailure, SagaStep, SagaWait, StepContext } from '../../saga/saga';
import { CheckoutSagaInput, CheckoutSagaOutputs, paymentKeyOf } from '../checkout-saga.types';
import { cancelPayment } from './refund-payment';

type Context = StepContext<CheckoutSagaInput, CheckoutSagaOutputs>;

/** Money is not taken when the stock hold lapses within this margin: commit would then fail. */
const RESERVATION_MARGIN_MS = 30_000;

const EXPIRED: SagaFailure = {
  outcome: 'CANCELLED',
  code: 'CHECKOUT_EXPIRED',
  reason: 'Checkout took too long: the stock hold expired before payment',
};

/**
 * Take the total: one call to payments that authorizes and captures, idempotent by the order's
 * payment key. The pivot of checkout: after it the order is going to be PAID. A payment that needs
 * the buyer's approval (PAYPAL) parks the saga until payments reports it authorized, then its
 * authorization is captured; without approval within `approvalTimeoutSeconds` the saga compensates.
 * Compensation: void or refund the payment, never a new charge.
 */
export function chargePayment(
  payments: PaymentsPort,
  approvalTimeoutSeconds: number,
): SagaStep<CheckoutSagaInput, CheckoutSagaOutputs> {
  return {
    name: 'chargePayment',
    async invoke(ctx) {
      let failure: SagaFailure;
      try {
        if (holdLapsesSoon(ctx.outputs)) {
          failure = EXPIRED;
        } else if (ctx.outputs.paymentApproved) {
          // Woken by payment.authorized after the buyer approved: take what that authorization holds.
          await payments.capture(ctx.outputs.paymentId!, ctx.signal);
          return { paymentStatus: 'CAPTURED', paymentAction: null };
        } else {
          return charged(await payments.pay(paymentRequest(ctx), ctx.signal), approvalTimeoutSeconds);
        }
      } catch (error) {
        if (isRefusal(error, 'PAYMENT_DECLINED')) throw declined(error);
        if (!isRefusal(error)) throw error;
        failure = {
          outcome: 'PAYMENT_FAILED',
          code: error.code,
          reason: `Payment could not be captured: ${error.message}`,
        };
      }
      // The runner does not undo a step that aborts. An earlier attempt (answer lost) may have
      // charged, and a refused capture leaves an authorization: give the money back first.
      await giveBack(payments, ctx);
      throw new SagaAbort(failure);
    },
    compensate: (ctx) => giveBack(payments, ctx),
    giveUp: {
      outcome: 'PAYMENT_FAILED',
      code: 'SERVICE_UNAVAILABLE',
      reason: 'The payment service could not be reached',
    },
  };
}

function holdLapsesSoon({ reservationExpiresAt }: CheckoutSagaOutputs): boolean {
  const expiresAt = reservationExpiresAt ? Date.parse(reservationExpiresAt) : Infinity;
  return expiresAt - RESERVATION_MARGIN_MS < Date.now();
}

/** The step's outputs for payments' answer to pay, or how the saga goes on instead. */
function charged(
  { paymentId, status, redirectUrl }: Authorization,
  approvalTimeoutSeconds: number,
): Partial<CheckoutSagaOutputs> {
  // A replay after a crash answers the payment as the first call left it.
  if (status === 'CAPTURED') return { paymentId, paymentStatus: status, cardToken: null };
  if (status === 'PENDING' || status === 'AUTHORIZED') {
    // The provider has not answered yet, or the capture is still to happen: pay again finishes it.
    throw new RetryableError('payments', `payment ${paymentId} is ${status}, not captured yet`);
  }
  if (status === 'REQUIRES_ACTION') {
    const until = new Date(Date.now() + approvalTimeoutSeconds * 1000);
    throw new SagaWait<CheckoutSagaOutputs>(
      until,
      {
        paymentId,
        paymentStatus: status,
        cardToken: null,
        paymentAction: { redirectUrl: redirectUrl ?? null, expiresAt: until.toISOString() },
      },
      {
        outcome: 'PAYMENT_FAILED',
        code: 'PAYMENT_APPROVAL_TIMEOUT',
        reason: 'The payment was not approved in time',
      },
    );
  }
  // VOIDED, REFUNDED...: nothing is held, and this order will not be paid.
  throw new SagaAbort({
    outcome: 'PAYMENT_FAILED',
    code: 'PAYMENT_DECLINED',
    reason: `Payment ${status.toLowerCase()}`,
  });
}

function declined(refusal: Refusal): SagaAbort {
  const reason = (refusal.details.reason as string | undefined) ?? refusal.message;
  return new SagaAbort({
    outcome: 'PAYMENT_FAILED',
    code: 'PAYMENT_DECLINED',
    reason: `Payment declined: ${reason}`,
  });
}

/**
 * Leaves the order's payment holding no money, whatever the charge did. It never pays: when the
 * payment is unknown (no answer before a crash or give-up), authorize replayed with the same key
 * answers the existing payment whatever its status; a decline means there is nothing to give back.
 * (Had the charge never reached payments, that makes an authorization, voided at once.)
 */
async function giveBack(payments: PaymentsPort, ctx: Context): Promise<void> {
  let { paymentId, paymentStatus } = ctx.outputs;
  if (!paymentId) {
    try {
      ({ paymentId, status: paymentStatus } = await payments.authorize(paymentRequest(ctx), ctx.signal));
    } catch (error) {
      if (isRefusal(error, 'PAYMENT_DECLINED')) return;
      throw error;
    }
  }
  // The likelier move first; cancelPayment falls back on the other when payments says CONFLICT.
  const first = paymentStatus === 'CAPTURED' ? 'refund' : 'void';
  await cancelPayment(payments, paymentId, first, 'Checkout did not complete', ctx.signal);
}

/** The single-use card token is sent until payments has answered with a payment. */
function paymentRequest({ orderId, input, outputs }: Context) {
  const method = outputs.cardToken ? { type: input.method.type, cardToken: outputs.cardToken } : input.method;
  return {
    orderId,
    buyerId: input.buyerId,
    amount: input.amount,
    method,
    idempotencyKey: paymentKeyOf(orderId),
  };
}
