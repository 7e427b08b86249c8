import type { OutboxWriter } from '@commerce/events';
import type { CompensatingSaga } from '@commerce/saga';
import type { CatalogPort } from '../clients/catalog.client';
import type { PaymentsPort } from '../clients/payments.client';
import type { CheckoutOutcome, CheckoutSagaInput, CheckoutSagaOutputs } from './steps/checkout-saga.types';
import { chargePayment } from './steps/charge-payment';
import { commitStock } from './steps/commit-stock';
import { markFailed } from './steps/mark-failed';
import { markPaid } from './steps/mark-paid';
import { reserveStock } from './steps/reserve-stock';

export interface CheckoutSagaDependencies {
  catalog: CatalogPort;
  payments: PaymentsPort;
  outbox: OutboxWriter;
  reservationTtlSeconds: number;
  paymentApprovalTimeoutSeconds: number;
}

/**
 * Checkout, as the business tells it (docs/design.md, "Checkout"). Before it starts, quoteCart has turned
 * the cart into a PENDING order (checkout.service). Then:
 *
 *   reserve the stock        <- release it
 *   charge the payment       <- refund or void it  (pivot: a cancel request is honoured until here)
 *   commit the stock         <- put it back on sale
 *   mark the order PAID                            (order.paid: cart clears itself)
 *
 * A refusal (out of stock, declined) undoes what was done, newest first, and the order ends
 * CANCELLED or PAYMENT_FAILED with the reason (order.cancelled / order.payment_failed).
 */
export function checkoutSaga(
  deps: CheckoutSagaDependencies,
): CompensatingSaga<CheckoutSagaInput, CheckoutSagaOutputs, CheckoutOutcome> {
  return {
    kind: 'checkout',
    steps: [
      reserveStock(deps.catalog, deps.reservationTtlSeconds),
      chargePayment(deps.payments, deps.paymentApprovalTimeoutSeconds),
      commitStock(deps.catalog),
    ],
    pivot: 'chargePayment',
    // The buyer (or an admin) cancelled before the payment was taken.
    cancelled: (request) => ({
      outcome: 'CANCELLED',
      code: 'CANCELLED',
      reason: request.reason,
      actorId: request.actorId,
    }),
    // Every step names its own; this is for a step that would not.
    giveUp: { outcome: 'CANCELLED', code: 'SERVICE_UNAVAILABLE', reason: 'Checkout could not be completed' },
    complete: markPaid(deps.outbox),
    compensated: markFailed(deps.outbox),
  };
}
