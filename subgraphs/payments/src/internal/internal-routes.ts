import {
  AuthorizePayment,
  CapturePayment,
  ListRefunds,
  Pay,
  RefundPayment,
  type RouteAnswer,
  type RouteContract,
  uuidSchema,
  VoidPayment,
} from '@commerce/contracts';
import type { Logger } from '@commerce/logging';
import { clientIp, header, InternalRequest, internalRoute, Route } from '@commerce/runtime';
import { z } from 'zod';
import type { CallContext, PaymentsServices } from '../context';
import type { PaymentEntity } from '../payment/payment.entity';
import { PaymentStatus } from '../payment/payment-state';
import { paymentDeclined } from '../payment/payment-store';
import { moneyRule, paymentMethodRule, validate } from '../payment/payment.validation';
import type { RefundEntity } from '../refund/refund.entity';

// The contracts' bodies (@commerce/contracts payments.ts), read strictly: payments refuses unknown
// fields, here and in the nested amount and method (payment.validation.ts).
const chargeBody = Pay.request.extend({ amount: moneyRule, method: paymentMethodRule }).strict();
const captureBody = CapturePayment.request.extend({ amount: moneyRule.optional() }).strict();
const voidBody = VoidPayment.request.strict();
const refundBody = RefundPayment.request.extend({ amount: moneyRule.optional() }).strict();

const refundsQuery = z.object({ orderId: uuidSchema });

type Handler = (ctx: CallContext, body: unknown, request: InternalRequest) => Promise<unknown>;

/**
 * The endpoints the orders saga calls (service token, never exposed by the gateway; errors in the one
 * internal error body `{ error: { code, message, details? } }`, see @commerce/runtime internalRoute).
 * Bodies and answers are the contracts of @commerce/contracts (payments.ts); bodies are validated
 * strictly (unknown fields are refused, so a typo in a caller surfaces at once); every call is
 * idempotent by its idempotencyKey or by the payment's state.
 */
export function internalRoutes(services: PaymentsServices, serviceToken: string, logger: Logger): Route[] {
  const route = (contract: RouteContract, handle: Handler): Route =>
    internalRoute({
      method: contract.method,
      path: contract.path,
      serviceToken,
      logger,
      handle: (request) => handle(serviceContext(request), request.json, request),
    });

  return [
    route(AuthorizePayment, async (ctx, body) => {
      const input = validate(chargeBody, body);
      return paymentAnswer(await services.payments.authorize(ctx, { ...input, purpose: 'ORDER' }));
    }),
    route(Pay, async (ctx, body) => {
      const input = validate(chargeBody, body);
      return paymentAnswer(await services.payments.pay(ctx, { ...input, purpose: 'ORDER' }));
    }),
    route(CapturePayment, async (ctx, body) => {
      const input = validate(captureBody, body);
      return paymentAnswer(await services.payments.capture(ctx, input.paymentId, input.amount));
    }),
    route(VoidPayment, async (ctx, body) => {
      const input = validate(voidBody, body);
      return paymentAnswer(await services.payments.void(ctx, input.paymentId));
    }),
    route(RefundPayment, async (ctx, body): Promise<RouteAnswer<typeof RefundPayment>> => {
      const { refund, payment } = await services.refunds.refund(ctx, validate(refundBody, body));
      return { ...refundAnswer(refund), paymentStatus: payment.status };
    }),
    route(ListRefunds, async (_ctx, _body, { url }): Promise<RouteAnswer<typeof ListRefunds>> => {
      const { orderId } = validate(refundsQuery, { orderId: url.searchParams.get('orderId') ?? undefined });
      return { refunds: (await services.refunds.listForOrder(orderId)).map(refundAnswer) };
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

function refundAnswer(refund: RefundEntity): RouteAnswer<typeof ListRefunds>['refunds'][number] {
  return {
    refundId: refund.id,
    paymentId: refund.paymentId,
    orderId: refund.orderId,
    amount: { amount: refund.amount, currency: refund.currency },
    status: refund.status,
    reason: refund.reason,
    transactionRef: refund.providerRef,
    createdAt: refund.createdAt.toISOString(),
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
