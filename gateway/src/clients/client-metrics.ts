import { Counter, Histogram } from 'prom-client';
import type { ServiceMetrics } from '@commerce/http';

/** Per-client usage on the gateway's /metrics: who sends how much, and who gets errors. */
export class ClientMetrics {
  readonly requests: Counter<'client' | 'outcome'>;
  readonly errors: Counter<'client' | 'code'>;
  readonly budgetCheck: Histogram;

  constructor(metrics: ServiceMetrics) {
    this.requests = new Counter({
      name: 'gateway_client_requests_total',
      help: 'GraphQL requests by calling client (registered name, first-party app name, anonymous) and outcome',
      labelNames: ['client', 'outcome'],
      registers: [metrics.registry],
    });
    this.errors = new Counter({
      name: 'gateway_client_errors_total',
      help: 'Errors returned to each client, by error code',
      labelNames: ['client', 'code'],
      registers: [metrics.registry],
    });
    this.budgetCheck = new Histogram({
      name: 'gateway_client_budget_check_seconds',
      help: 'Time to charge a keyed request against its client budgets (the shared limiter round trip)',
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1],
      registers: [metrics.registry],
    });
  }
}
