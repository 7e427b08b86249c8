import type { Logger } from '@commerce/logging';
import { clientIp, header, InternalRequest, internalRoute, Route } from '@commerce/http';
import { z } from 'zod';
import type { CallContext, PaymentsServices } from '../context';
import type { PaymentEntity } from '../payment/payment.entity';
import { PaymentStatus } from '../payment/payment-state';
import { paymentDeclined } from '../payment/payment-store';
import {
  idempotencyKeyRule,
  moneyRule,
  paymentMethodRule,
  uuidRule,
  validate,
} from '../payment/payment.validation';
import type { RefundEntity } from '../refund/refund.entity';

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
const refundBody = z
  .object({
    paymentId: uuidRule,
    amount: moneyRule.optional(),
    reason: z.string().trim().min(1, 'is required').max(500, 'must be at most 500 characters'),
    idempotencyKey: idempotencyKeyRule.optional(),
    destination: z.enum(['ORIGINAL', 'WALLET']).optional(),
  })
  .strict();

const refundsQuery = z.object({ orderId: uuidRule });

type Handler = (ctx: CallContext, body: unknown, request: InternalRequest) => Promise<unknown>;

/**
 * The endpoints the orders saga calls (service token, never exposed by the gateway; errors in the one
 * internal error body `{ error: { code, message, details? } }`, see @commerce/runtime internalRoute).
 * Bodies are validated strictly (unknown fields are refused, so a typo in a caller surfaces at once);
 * every call is idempotent by its idempotencyKey or by the payment's state.
 */
export function internalRoutes(services: PaymentsServices, serviceToken: string, logger: Logger): Route[] {
  const route = (method: 'GET' | 'POST', path: string, handle: Handler): Route =>
    internalRoute({
      method,
      path,
      serviceToken,
      logger,
      handle: (request) => handle(serviceContext(request), request.json, request),
    });

  return [
    route('POST', '/payments/authorize', async (ctx, body) => {
      const input = validate(authorizeBody, body);
      return paymentAnswer(await services.payments.authorize(ctx, { ...input, purpose: 'ORDER' }));
    }),
    route('POST', '/payments/pay', async (ctx, body) => {
      const input = validate(authorizeBody, body);
      return paymentAnswer(await services.payments.pay(ctx, { ...input, purpose: 'ORDER' }));
    }),
    route('POST', '/payments/capture', async (ctx, body) => {
      const input = validate(captureBody, body);
      return paymentAnswer(await services.payments.capture(ctx, input.paymentId, input.amount));
    }),
    route('POST', '/payments/void', async (ctx, body) => {
      const input = validate(voidBody, body);
      return paymentAnswer(await services.payments.void(ctx, input.paymentId));
    }),
    route('POST', '/payments/refund', async (ctx, body) => {
      const { refund, payment } = await services.refunds.refund(ctx, validate(refundBody, body));
      return { ...refundAnswer(refund), paymentStatus: payment.status };
    }),
    route('GET', '/payments/refunds', async (_ctx, _body, { url }) => {
      const { orderId } = validate(refundsQuery, { orderId: url.searchParams.get('orderId') ?? undefined });
      return { refunds: (await services.refunds.listForOrder(orderId)).map(refundAnswer) };
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

function refundAnswer(refund: RefundEntity) {
  return {
    refundId: refund.id,
    paymentId: refund.paymentId,
    orderId: refund.orderId,
    amount: { amount: refund.amount, currency: refund.currency },
    status: refund.status,
    reason: refund.reason,
    transactionRef: refund.providerRef,
    createdAt: refund.createdAt,
  };
}

/** Internal callers share one token; `x-service-name` (informational) names them in the audit trail. */
function serviceContext({ req, scope }: InternalRequest): CallContext {
  const name = header(req, 'x-service-name');
  return {
    requestId: scope.requestId,
    traceparent: scope.traceparent,
    user: null,
    ip: clientIp(req),
    actor: name && /^[a-z][a-z0-9-]{0,31}$/.test(name) ? `service:${name}` : 'service',
  };
}
