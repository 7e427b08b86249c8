import { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { IncomingMessage } from 'node:http';
import type { Logger, LogScope } from '@commerce/logging';
import { createErrorFormatter } from '@commerce/errors';
import type { JwtVerifier, RequestContext } from '@commerce/auth';
import { clientIp, header, ServiceMetrics } from '@commerce/http';
import { metricsPlugin } from './graphql-plugins';

/** Apollo Server for a subgraph: our error formatter, metrics, no stack traces, no APQ (the gateway does that). */
export function createSubgraphServer<C extends RequestContext>(options: {
  schema: GraphQLSchema;
  logger: Logger;
  metrics: ServiceMetrics;
  production: boolean;
}): ApolloServer<C> {
  return new ApolloServer<C>({
    schema: options.schema,
    formatError: createErrorFormatter(options.logger),
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    persistedQueries: false,
    // Our runtime drains on SIGTERM (exitOnSignal); Apollo's own handler would stop mid-request.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    plugins: [metricsPlugin<C>(options.metrics)],
    logger: apolloLogger(options.logger),
  });
}

/**
 * The base request context: the caller proven by its own verification of the bearer token (the
 * gateway verified it too, but a subgraph trusts no header alone).
 */
export async function baseRequestContext(
  verifier: JwtVerifier,
  request: { req: IncomingMessage; scope: LogScope },
  trustedProxyHops = 0,
): Promise<RequestContext> {
  const user = await verifier.fromAuthorizationHeader(header(request.req, 'authorization'));
  return {
    requestId: request.scope.requestId,
    traceparent: request.scope.traceparent,
    user,
    ip: clientIp(request.req, trustedProxyHops),
  };
}

/** Apollo's own messages go through our logger, so they are JSON with request ids too. */
export function apolloLogger(logger: Logger) {
  return {
    debug: (message: unknown) => logger.debug(String(message)),
    info: (message: unknown) => logger.info(String(message)),
    warn: (message: unknown) => logger.warn(String(message)),
    error: (message: unknown) => logger.error(String(message)),
  };
}
