import type { ApolloServer } from '@apollo/server';
import { scopeFromHeaders } from '@commerce/logging';
import type { GatewayContext } from '../context';
import type { LiveAuth, ResolveLive } from './live-hub';

/**
 * Resolves live payloads with the gateway's own request pipeline (`executeOperation`): the same query
 * planner, subgraph data sources, cost limit, error formatter and metrics as an HTTP request, and the
 * subscriber's token forwarded to every subgraph, so authorization is the subgraphs' as on HTTP.
 */
export function gatewayExecutor(server: ApolloServer<GatewayContext>): ResolveLive {
  return async (query, variables, auth) => {
    const response = await server.executeOperation({ query, variables }, { contextValue: contextOf(auth) });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not used for live updates');
    return response.body.singleResult;
  };
}

function contextOf(auth: LiveAuth): GatewayContext {
  const scope = scopeFromHeaders({});
  return {
    requestId: scope.requestId,
    traceparent: scope.traceparent,
    user: auth.user,
    ip: auth.ip,
    authorization: `Bearer ${auth.token}`,
  };
}
