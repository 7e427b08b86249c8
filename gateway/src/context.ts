import type { IncomingMessage } from 'node:http';
import type { JwtVerifier, RequestContext } from '@commerce/auth';
import type { LogScope } from '@commerce/logging';
import { baseRequestContext } from '@commerce/graphql';
import { header } from '@commerce/http';
import type { CallerContext } from './clients/caller';

/** The gateway's per-request context: the verified caller plus the raw header subgraphs verify again. */
export interface GatewayContext extends RequestContext, CallerContext {
  /** The caller's `Authorization` header, forwarded to every subgraph. */
  authorization?: string;
}

/**
 * Verifies the bearer token before anything is planned: a bad or expired token is refused at the door
 * with 401 (the runtime turns the thrown UNAUTHENTICATED into that), rather than fanning out to
 * subgraphs that would each refuse it. No token is an anonymous caller; subgraphs decide per field.
 */
export function createContextBuilder(verifier: JwtVerifier, trustedProxyHops: number) {
  return async (request: { req: IncomingMessage; scope: LogScope }): Promise<GatewayContext> => {
    const context = await baseRequestContext(verifier, request, trustedProxyHops);
    const authorization = header(request.req, 'authorization');
    return authorization ? { ...context, authorization } : context;
  };
}
