import { forbidden, unauthenticated } from '@commerce/errors';
import type { AuthUser, RequestContext } from './context';
import { Role } from './roles';

/** The caller, or UNAUTHENTICATED. */
export function requireUser(ctx: RequestContext): AuthUser {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

export function hasRole(ctx: RequestContext, role: Role): boolean {
  return ctx.user?.roles.includes(role) ?? false;
}

/** The caller when it holds one of `roles`; FORBIDDEN otherwise. */
export function requireRole(ctx: RequestContext, ...roles: Role[]): AuthUser {
  const user = requireUser(ctx);
  if (!roles.some((role) => user.roles.includes(role))) {
    throw forbidden(`Requires role ${roles.join(' or ')}`);
  }
  return user;
}

/** True when the caller is `ownerId` or an ADMIN. */
export function isOwnerOrAdmin(ctx: RequestContext, ownerId: string): boolean {
  return ctx.user !== null && (ctx.user.id === ownerId || ctx.user.roles.includes(Role.ADMIN));
}

/** The caller when it owns the resource or is an ADMIN; FORBIDDEN otherwise. */
export function requireOwnerOrAdmin(ctx: RequestContext, ownerId: string): AuthUser {
  const user = requireUser(ctx);
  if (!isOwnerOrAdmin(ctx, ownerId)) throw forbidden('Only the owner or an admin may do this');
  return user;
}
