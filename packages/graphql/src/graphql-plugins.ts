import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { operationLabel, ServiceMetrics } from '@commerce/http';

/** Records count, latency and error codes of every GraphQL operation. */
export function metricsPlugin<C extends BaseContext>(metrics: ServiceMetrics): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, response, errors }) {
          const operation = operationLabel(operationName);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.graphqlDuration.observe({ operation }, seconds);
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const returned = body?.errors ?? [];
          metrics.graphqlRequests.inc({
            operation,
            outcome: returned.length || errors?.length ? 'error' : 'ok',
          });
          for (const error of returned) {
            metrics.graphqlErrors.inc({
              operation,
              code: typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN',
            });
          }
        },
      };
    },
  };
}
