import type { Logger } from '@commerce/logging';
import { CircuitBreaker, CircuitBreakerSettings, CircuitState } from './circuit-breaker';
import type { CircuitMetrics } from './circuit-metrics';

/**
 * The circuit breaker of one subgraph, reporting each state change to /metrics and to the log: an
 * operator reads "catalog circuit open" once, not a SERVICE_UNAVAILABLE per request.
 */
export function subgraphCircuit(
  subgraph: string,
  settings: CircuitBreakerSettings,
  metrics: CircuitMetrics,
  logger: Logger,
): CircuitBreaker {
  metrics.register(subgraph);
  return new CircuitBreaker({
    ...settings,
    onTransition: (from: CircuitState, to: CircuitState) => {
      metrics.transition(subgraph, from, to);
      const entry = { subgraph, from, to };
      if (to === 'open') {
        logger.warn(
          { ...entry, openMs: settings.openMs },
          'subgraph circuit open: its fetches fail fast with SERVICE_UNAVAILABLE',
        );
      } else if (to === 'half-open') {
        logger.info(entry, 'subgraph circuit half-open: a trial fetch decides');
      } else {
        logger.info(entry, 'subgraph circuit closed: the subgraph answers again');
      }
    },
  });
}
