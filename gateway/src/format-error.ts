import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { createErrorFormatter, ErrorCode } from '@commerce/errors';
import type { Logger } from '@commerce/logging';
import { SubgraphUnavailableError, unavailableMessage } from './subgraph-unavailable';

/** What @apollo/gateway writes when a subgraph failed without a message of its own. */
const GATEWAY_FETCH_FAILURE = /^Error while fetching subquery from service "([^"]+)"/;

/**
 * The platform's error formatter plus the gateway's one extra case: a subgraph that could not be
 * reached becomes SERVICE_UNAVAILABLE naming the service, so the caller keeps the fields the other
 * subgraphs returned and learns which part failed and that retrying may help. Errors relayed from
 * subgraphs already went through their own formatter and keep their code and message.
 */
export function createGatewayErrorFormatter(logger: Logger) {
  const format = createErrorFormatter(logger);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const subgraph = unavailableSubgraph(formatted, error);
    if (!subgraph) return format(formatted, error);
    return {
      message: unavailableMessage(subgraph),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  };
}

function unavailableSubgraph(formatted: GraphQLFormattedError, error: unknown): string | undefined {
  for (
    let current = error;
    current;
    current = current instanceof GraphQLError ? current.originalError : undefined
  ) {
    if (current instanceof SubgraphUnavailableError) return current.subgraph;
  }
  return GATEWAY_FETCH_FAILURE.exec(formatted.message)?.[1];
}
