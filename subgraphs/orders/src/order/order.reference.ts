import { isUuid } from '@commerce/runtime';
import type { OrdersContext } from '../context';
import { canView } from './order-access';
import type { OrderEntity } from './order.entity';

/**
 * Resolves `Order` references from other subgraphs (payments' Payment.order); all references of one
 * request share one query. The caller's rights apply as for `order(id)`: null when not theirs.
 */
export async function resolveOrderReference(
  reference: { id: string },
  ctx: OrdersContext,
): Promise<OrderEntity | null> {
  if (!isUuid(reference.id)) return null;
  const order = await ctx.loaders.orderById.load(reference.id);
  return order && canView(ctx, order) ? order : null;
}
