import { ListRefunds, RefundPayment, type RouteAnswer, uuidSchema } from '@commerce/contracts';
import type { InternalRouteDefaults, Route } from '@commerce/http';
import { z } from 'zod';
import { callerRoute } from '../payment/internal-caller';
import { moneyRule, validate } from '../payment/payment.validation';
import type { RefundEntity } from './refund.entity';
import type { RefundService } from './refund.service';

// The contract's body (@commerce/contracts payments.ts), read strictly: payments refuses unknown
// fields, here and in the nested amount (payment.validation.ts).
const refundBody = RefundPayment.request.extend({ amount: moneyRule.optional() }).strict();

const refundsQuery = z.object({ orderId: uuidSchema });

/**
 * The refund endpoints orders calls (follow-up sagas of a cancelled or returned order; see
 * internal-caller.ts for how they answer): refund a payment, idempotent by its key, and list an
 * order's refunds. Bodies and answers are the contracts of @commerce/contracts (payments.ts).
 */
export function refundRoutes(refunds: RefundService, internal: InternalRouteDefaults): Route[] {
  return [
    callerRoute(internal, RefundPayment, async (ctx, body): Promise<RouteAnswer<typeof RefundPayment>> => {
      const { refund, payment } = await refunds.refund(ctx, validate(refundBody, body));
      return { ...refundAnswer(refund), paymentStatus: payment.status };
    }),
    callerRoute(
      internal,
      ListRefunds,
      async (_ctx, _body, { url }): Promise<RouteAnswer<typeof ListRefunds>> => {
        const { orderId } = validate(refundsQuery, { orderId: url.searchParams.get('orderId') ?? undefined });
        return { refunds: (await refunds.listForOrder(orderId)).map(refundAnswer) };
      },
    ),
  ];
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
