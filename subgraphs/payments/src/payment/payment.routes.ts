import { AuthorizePayment, CapturePayment, Pay, type RouteAnswer, VoidPayment } from '@commerce/contracts';
import type { InternalRouteDefaults, Route } from '@commerce/http';
import { callerRoute } from './internal-caller';
import type { PaymentEntity } from './payment.entity';
import type { PaymentService } from './payment.service';
import { PaymentStatus } from './payment-state';
import { paymentDeclined } from './payment-store';
import { moneyRule, paymentMethodRule, validate } from './payment.validation';

// The contracts' bodies (@commerce/contracts payments.ts), read strictly: payments refuses unknown
// fields, here and in the nested amount and method (payment.validation.ts).
const chargeBody = Pay.request.extend({ amount: moneyRule, method: paymentMethodRule }).strict();
const captureBody = CapturePayment.request.extend({ amount: moneyRule.optional() }).strict();
const voidBody = VoidPayment.request.strict();

/**
 * The payment endpoints the orders saga calls (see internal-caller.ts for how they answer). Bodies
 * and answers are the contracts of @commerce/contracts (payments.ts); bodies are validated strictly
 * (unknown fields are refused, so a typo in a caller surfaces at once); every call is idempotent by
 * its idempotencyKey or by the payment's state.
 */
export function paymentRoutes(payments: PaymentService, internal: InternalRouteDefaults): Route[] {
  return [
    callerRoute(internal, AuthorizePayment, async (ctx, body) => {
      const input = validate(chargeBody, body);
      return paymentAnswer(await payments.authorize(ctx, { ...input, purpose: 'ORDER' }));
    }),
    callerRoute(internal, Pay, async (ctx, body) => {
      const input = validate(chargeBody, body);
      return paymentAnswer(await payments.pay(ctx, { ...input, purpose: 'ORDER' }));
    }),
    callerRoute(internal, CapturePayment, async (ctx, body) => {
      const input = validate(captureBody, body);
      return paymentAnswer(await payments.capture(ctx, input.paymentId, input.amount));
    }),
    callerRoute(internal, VoidPayment, async (ctx, body) => {
      const input = validate(voidBody, body);
      return paymentAnswer(await payments.void(ctx, input.paymentId));
    }),
  ];
}

/** `{ paymentId, status, redirectUrl? }`; a FAILED payment is answered as 402 PAYMENT_DECLINED. */
export function paymentAnswer(payment: PaymentEntity): RouteAnswer<typeof Pay> {
  if (payment.status === PaymentStatus.FAILED) throw paymentDeclined(payment);
  const awaitingBuyer = payment.status === PaymentStatus.PENDING && payment.providerRef !== null;
  return {
    paymentId: payment.id,
    status: awaitingBuyer ? 'REQUIRES_ACTION' : payment.status,
    ...(awaitingBuyer && payment.redirectUrl ? { redirectUrl: payment.redirectUrl } : {}),
  };
}
