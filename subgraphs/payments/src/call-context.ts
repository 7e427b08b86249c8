import type { RequestContext } from '@commerce/auth';

/**
 * What every service method gets first: the caller. Internal endpoints and webhooks have no user, so
 * they name the actor the audit trail records ('service', 'stripe-webhook:<event id>',
 * 'buyer-redirect'). Services import this, never the GraphQL context (context.ts), which imports them.
 */
export interface CallContext extends RequestContext {
  actor?: string;
}

/** The audit trail's name for whoever caused a change. */
export function actorOf(ctx: CallContext): string {
  return ctx.actor ?? (ctx.user ? `user:${ctx.user.id}` : 'service');
}
