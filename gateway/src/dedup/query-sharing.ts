import type { HTTPGraphQLResponse } from '@apollo/server';
import type { GraphQLHttpRequest } from '@commerce/http';
import { OperationTypeNode } from 'graphql';
import type { GatewayContext } from '../context';
import { InFlight } from './in-flight';
import { OperationKinds } from './operation-kind';

type Around = (
  request: GraphQLHttpRequest<GatewayContext>,
  execute: () => Promise<HTTPGraphQLResponse>,
) => Promise<HTTPGraphQLResponse>;

/**
 * Identical queries in flight at the same time share one execution (docs/decisions/0064): the same
 * body byte for byte (document, operation name, variables, extensions), from the same authorization
 * scope, asking for the same kind of response. The scope is what a subgraph's answer can depend on:
 * anonymous, or one token subject with one set of roles; two callers who differ there never share.
 *
 * Never shared: mutations and subscriptions (each must run), GET requests (Apollo's CSRF check reads
 * their headers), bodies that are not JSON POSTs of a document (hash-only persisted queries), callers
 * whose scope cannot be named, and streamed (incremental) answers. A caller that cannot use the
 * shared answer executes its own.
 */
export function shareIdenticalQueries(onShared: () => void = () => undefined): Around {
  const inFlight = new InFlight<HTTPGraphQLResponse>();
  const kinds = new OperationKinds();
  return async (request, execute) => {
    const key = sharingKey(request, kinds);
    if (key === undefined) return execute();
    const { result, shared } = inFlight.run(key, execute);
    if (!shared) return result;
    const answer = await result.catch(() => undefined);
    if (!answer || answer.body.kind !== 'complete') return execute();
    onShared();
    return answer;
  };
}

function sharingKey(request: GraphQLHttpRequest<GatewayContext>, kinds: OperationKinds): string | undefined {
  if (request.method !== 'POST') return undefined;
  const scope = scopeOf(request.context);
  if (scope === undefined) return undefined;
  const body = request.body as { query?: unknown; operationName?: unknown } | null;
  if (typeof body?.query !== 'string') return undefined;
  const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
  if (kinds.of(body.query, operationName) !== OperationTypeNode.QUERY) return undefined;
  // Headers that change how Apollo answers (CSRF check, status codes by Accept) or what a caller may
  // spend (API keys) are part of the key.
  const { headers } = request;
  const asked = `${headers.get('content-type') ?? ''}\0${headers.get('accept') ?? ''}\0${headers.get('x-api-key') ?? ''}`;
  return `${scope}\0${asked}\0${request.rawBody}`;
}

/** Who the answer may depend on; undefined when a credential was sent but names no user. */
function scopeOf(context: GatewayContext): string | undefined {
  if (!context.user) return context.authorization === undefined ? 'anonymous' : undefined;
  return `user:${context.user.id}:${[...context.user.roles].sort().join(',')}`;
}
