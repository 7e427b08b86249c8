import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * One Prometheus registry per service. In embedded mode every service shares a process, so each keeps
 * its own registry (labelled with its name) instead of prom-client's global one.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly graphqlRequests: Counter<'operation' | 'outcome'>;
  readonly graphqlDuration: Histogram<'operation'>;
  readonly graphqlErrors: Counter<'operation' | 'code'>;
  readonly httpRequests: Counter<'route' | 'status'>;

  constructor(service: string, options: { processMetrics?: boolean } = {}) {
    this.registry.setDefaultLabels({ service });
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    this.graphqlRequests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL operations served, by operation name and outcome (ok or error)',
      labelNames: ['operation', 'outcome'],
      registers: [this.registry],
    });
    this.graphqlDuration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time to answer a GraphQL operation, by operation name',
      labelNames: ['operation'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    this.graphqlErrors = new Counter({
      name: 'graphql_errors_total',
      help: 'Errors returned in GraphQL responses, by operation and error code',
      labelNames: ['operation', 'code'],
      registers: [this.registry],
    });
    this.httpRequests = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests by route and status code',
      labelNames: ['route', 'status'],
      registers: [this.registry],
    });
  }
}

/**
 * Operation names come from clients; unnamed or odd ones are folded so a hostile client cannot create
 * unbounded label values.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  return /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : 'invalid';
}
