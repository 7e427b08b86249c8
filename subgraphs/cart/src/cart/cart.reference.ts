import { isOwnerOrAdmin } from '@commerce/auth';
import type { CartContext } from '../context';
import type { CartView } from './cart-view';

/**
 * Resolves `Cart` references from other subgraphs, batched per request. A cart is private: anyone but
 * its buyer (or an ADMIN) gets null, as if it did not exist.
 */
export async function resolveCartReference(
  reference: { id: string },
  ctx: CartContext,
): Promise<CartView | null> {
  const cart = await ctx.loaders.cartById.load(reference.id);
  return cart && isOwnerOrAdmin(ctx, cart.buyerId) ? cart : null;
}
