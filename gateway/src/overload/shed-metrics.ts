import { Counter } from 'prom-client';
import type { ServiceMetrics } from '@commerce/http';

/** The shedder's `onShed`: requests refused with 503, by which bound they crossed. */
export function shedMetrics(metrics: ServiceMetrics): (reason: 'in_flight' | 'event_loop_lag') => void {
  const counter = new Counter({
    name: 'gateway_requests_shed_total',
    help: 'Requests refused with 503 before parsing because the gateway was past capacity, by reason',
    labelNames: ['reason'],
    registers: [metrics.registry],
  });
  return (reason) => counter.inc({ reason });
}
