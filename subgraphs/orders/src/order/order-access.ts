import { hasRole, RequestContext, Role } from '@commerce/auth';
import type { OrderEntity } from './order.entity';

/**
 * Who may see an order: its buyer, a seller of one of its items, or ADMIN. Everyone else is told it
 * does not exist (NOT_FOUND), so order ids cannot be probed.
 */
export function canView(ctx: RequestContext, order: OrderEntity): boolean {
  const user = ctx.user;
  if (!user) return false;
  return user.id === order.buyerId || order.sellerIds.includes(user.id) || hasRole(ctx, Role.ADMIN);
}

/** A seller looking at someone else's order sees only its own lines; buyer and ADMIN see all. */
export function sellerScope(ctx: RequestContext, order: OrderEntity): string | null {
  const user = ctx.user;
  if (!user || user.id === order.buyerId || hasRole(ctx, Role.ADMIN)) return null;
  return order.sellerIds.includes(user.id) ? user.id : null;
}

/** True when the caller sells every item of the order (may act for the whole order), or is ADMIN. */
export function sellsWholeOrderOrAdmin(ctx: RequestContext, order: OrderEntity): boolean {
  const user = ctx.user;
  if (!user) return false;
  if (hasRole(ctx, Role.ADMIN)) return true;
  return order.sellerIds.length > 0 && order.sellerIds.every((id) => id === user.id);
}
