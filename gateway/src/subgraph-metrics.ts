import { Counter, Histogram } from 'prom-client';
import type { ServiceMetrics } from '@commerce/http';

/**
 * Per-subgraph fetch latency and failures, in the gateway's own registry. The operation histogram of
 * the runtime says a query was slow; these say which service behind it was.
 */
export class SubgraphMetrics {
  readonly fetchDuration: Histogram<'subgraph'>;
  readonly fetchErrors: Counter<'subgraph'>;

  constructor(metrics: ServiceMetrics) {
    this.fetchDuration = new Histogram({
      name: 'gateway_subgraph_fetch_duration_seconds',
      help: 'Time for one subgraph fetch made by the gateway (request sent to body parsed), by subgraph',
      labelNames: ['subgraph'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [metrics.registry],
    });
    this.fetchErrors = new Counter({
      name: 'gateway_subgraph_fetch_errors_total',
      help: 'Subgraph fetches that produced no GraphQL response (refused, timed out, bad HTTP status), by subgraph',
      labelNames: ['subgraph'],
      registers: [metrics.registry],
    });
  }
}
