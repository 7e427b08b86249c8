import type { RouteContract } from '@commerce/contracts';
import {
  clientIp,
  header,
  InternalRequest,
  internalRoute,
  InternalRouteDefaults,
  Route,
} from '@commerce/http';
import type { CallContext } from '../call-context';

/** A handler of an internal endpoint: the calling service's context first, then the JSON body. */
export type CallerHandler = (ctx: CallContext, body: unknown, request: InternalRequest) => Promise<unknown>;

/**
 * The internal endpoint of `contract` (@commerce/contracts: its method and path; service token, never
 * exposed by the gateway; errors in the one internal error body `{ error: { code, message, details? } }`,
 * see @commerce/http internalRoute) whose handler is told which service called, for the audit trail.
 */
export function callerRoute(
  internal: InternalRouteDefaults,
  contract: RouteContract,
  handle: CallerHandler,
): Route {
  return internalRoute({
    ...internal,
    method: contract.method,
    path: contract.path,
    handle: (request) => handle(internalCaller(request), request.json, request),
  });
}

/** Internal callers share one token; `x-service-name` (informational) names them in the audit trail. */
function internalCaller({ req, scope }: InternalRequest): CallContext {
  const name = header(req, 'x-service-name');
  return {
    requestId: scope.requestId,
    traceparent: scope.traceparent,
    user: null,
    ip: clientIp(req),
    actor: name && /^[a-z][a-z0-9-]{0,31}$/.test(name) ? `service:${name}` : 'service',
  };
}
