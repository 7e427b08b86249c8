import { createByIdLoader, createGroupedLoader } from '@commerce/graphql';
import type { PaymentsContext, PaymentsServices } from '../context';

/** The loaders of one request: payments by id and by order, refunds by payment, one query each. */
export function createPaymentsLoaders(services: PaymentsServices): PaymentsContext['loaders'] {
  return {
    paymentById: createByIdLoader((ids) => services.payments.findByIds(ids)),
    paymentsByOrderId: createGroupedLoader(
      (ids) => services.payments.listForOrders(ids),
      (p) => p.orderId as string,
    ),
    refundsByPaymentId: createGroupedLoader(
      (ids) => services.refunds.listForPayments(ids),
      (r) => r.paymentId,
    ),
  };
}
