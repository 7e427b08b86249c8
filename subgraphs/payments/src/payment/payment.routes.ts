import type { InternalRouteDefaults, Route } from '@commerce/http';
import { z } from 'zod';
import { callerRoute } from './internal-caller';
import type { PaymentEntity } from './payment.entity';
import type { PaymentService } from './payment.service';
import { PaymentStatus } from './payment-state';
import { paymentDeclined } from './payment-store';
import { idempotencyKeyRule, moneyRule, paymentMethodRule, uuidRule, validate } from './payment.validation';

const authorizeBody = z
  .object({
    orderId: uuidRule,
    buyerId: uuidRule,
    amount: moneyRule,
    method: paymentMethodRule,
    idempotencyKey: idempotencyKeyRule,
  })
  .strict();
const captureBody = z.object({ paymentId: uuidRule, amount: moneyRule.optional() }).strict();
const voidBody = z.object({ paymentId: uuidRule }).strict();

/**
 * The payment endpoints the orders saga calls (see internal-caller.ts for how they answer). Bodies
 * are validated strictly (unknown fields are refused, so a typo in a caller surfaces at once); every
 * call is idempotent by its idempotencyKey or by the payment's state.
 */
export function paymentRoutes(payments: PaymentService, internal: InternalRouteDefaults): Route[] {
  return [
    callerRoute(internal, 'POST', '/payments/authorize', async (ctx, body) => {
      const input = validate(authorizeBody, body);
      return paymentAnswer(await payments.authorize(ctx, { ...input, purpose: 'ORDER' }));
    }),
    callerRoute(internal, 'POST', '/payments/pay', async (ctx, body) => {
      const input = validate(authorizeBody, body);
      return paymentAnswer(await payments.pay(ctx, { ...input, purpose: 'ORDER' }));
    }),
    callerRoute(internal, 'POST', '/payments/capture', async (ctx, body) => {
      const input = validate(captureBody, body);
      return paymentAnswer(await payments.capture(ctx, input.paymentId, input.amount));
    }),
    callerRoute(internal, 'POST', '/payments/void', async (ctx, body) => {
      const input = validate(voidBody, body);
      return paymentAnswer(await payments.void(ctx, input.paymentId));
    }),
  ];
}

/** `{ paymentId, status, redirectUrl? }`; a FAILED payment is answered as 402 PAYMENT_DECLINED. */
export function paymentAnswer(payment: PaymentEntity) {
  if (payment.status === PaymentStatus.FAILED) throw paymentDeclined(payment);
  const awaitingBuyer = payment.status === PaymentStatus.PENDING && payment.providerRef !== null;
  return {
    paymentId: payment.id,
    status: awaitingBuyer ? 'REQUIRES_ACTION' : payment.status,
    ...(awaitingBuyer && payment.redirectUrl ? { redirectUrl: payment.redirectUrl } : {}),
  };
}
