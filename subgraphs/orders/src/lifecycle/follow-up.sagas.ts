import type { ForwardOnlySaga } from '@commerce/saga';
import type { CatalogPort } from '../clients/catalog.client';
import type { PaymentsPort } from '../clients/payments.client';
import { refundPayment, RefundInput } from '../checkout/steps/refund-payment';
import { restockStock, RestockInput } from '../checkout/steps/restock-stock';

export type CancelPaidInput = RestockInput & RefundInput;

/**
 * A paid order cancelled before shipping. The cancellation itself is already committed (CANCELLED,
 * order.cancelled); these are its consequences, which must happen however long services are down:
 *
 *   put the committed stock back on sale
 *   refund the payment
 */
export function cancelPaidOrderSaga(
  catalog: CatalogPort,
  payments: PaymentsPort,
): ForwardOnlySaga<CancelPaidInput, object> {
  return {
    kind: 'cancel',
    steps: [restockStock<CancelPaidInput, object>(catalog), refundPayment<CancelPaidInput, object>(payments)],
    forwardOnly: true,
  };
}

/**
 * An approved return (REFUNDED already committed): refund the payment. The returned goods go back
 * on sale by the seller's own decision (adjustInventory), not automatically.
 */
export function refundReturnSaga(payments: PaymentsPort): ForwardOnlySaga<RefundInput, object> {
  return {
    kind: 'refund',
    steps: [refundPayment<RefundInput, object>(payments)],
    forwardOnly: true,
  };
}
