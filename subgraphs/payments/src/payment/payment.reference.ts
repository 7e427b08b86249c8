import { isOwnerOrAdmin } from '@commerce/auth';
import { isUuid } from '@commerce/runtime';
import type { PaymentsContext } from '../context';
import type { PaymentEntity } from './payment.entity';
import type { Order } from './payment.type';

/**
 * Resolves `Payment` references; all references of one request share one query. A payment is shown
 * only to its buyer and admins; anyone else gets null, as if it did not exist.
 */
export async function resolvePaymentReference(
  reference: { id: string },
  ctx: PaymentsContext,
): Promise<PaymentEntity | null> {
  if (!isUuid(reference.id)) return null;
  const payment = await ctx.loaders.paymentById.load(reference.id);
  return payment && isOwnerOrAdmin(ctx, payment.buyerId) ? payment : null;
}

/** Orders live in the orders subgraph; here an order is its id, enough to resolve `payments`. */
export function resolveOrderReference(reference: { id: string }): Order {
  return { id: reference.id };
}
