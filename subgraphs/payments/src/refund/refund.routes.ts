import type { InternalRouteDefaults, Route } from '@commerce/http';
import { z } from 'zod';
import { callerRoute } from '../payment/internal-caller';
import { idempotencyKeyRule, moneyRule, uuidRule, validate } from '../payment/payment.validation';
import type { RefundEntity } from './refund.entity';
import type { RefundService } from './refund.service';

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

/**
 * The refund endpoints orders calls (follow-up sagas of a cancelled or returned order; see
 * internal-caller.ts for how they answer): refund a payment, idempotent by its key, and list an
 * order's refunds.
 */
export function refundRoutes(refunds: RefundService, internal: InternalRouteDefaults): Route[] {
  return [
    callerRoute(internal, 'POST', '/payments/refund', async (ctx, body) => {
      const { refund, payment } = await refunds.refund(ctx, validate(refundBody, body));
      return { ...refundAnswer(refund), paymentStatus: payment.status };
    }),
    callerRoute(internal, 'GET', '/payments/refunds', async (_ctx, _body, { url }) => {
      const { orderId } = validate(refundsQuery, { orderId: url.searchParams.get('orderId') ?? undefined });
      return { refunds: (await refunds.listForOrder(orderId)).map(refundAnswer) };
    }),
  ];
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
