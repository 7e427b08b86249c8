import { Counter } from 'prom-client';
import type { ServiceMetrics } from '@commerce/http';

/** Per-client usage on the gateway's /metrics: who sends how much, and who gets errors. */
export class ClientMetrics {
  readonly requests: Counter<'client' | 'outcome'>;
  readonly errors: Counter<'client' | 'code'>;

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
  }
}
