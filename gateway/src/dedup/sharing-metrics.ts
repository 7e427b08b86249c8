import { Counter } from 'prom-client';
import type { ServiceMetrics } from '@commerce/http';

/** Counts the work sharing saved: inbound queries answered by another's execution, subgraph calls not made. */
export function sharingMetrics(metrics: ServiceMetrics): { query: () => void; subgraphFetch: () => void } {
  const counter = new Counter({
    name: 'gateway_inflight_shared_total',
    help: 'Requests answered by an identical one already in flight: inbound queries (kind=query) and subgraph fetches (kind=subgraph_fetch)',
    labelNames: ['kind'],
    registers: [metrics.registry],
  });
  return {
    query: () => counter.inc({ kind: 'query' }),
    subgraphFetch: () => counter.inc({ kind: 'subgraph_fetch' }),
  };
}
