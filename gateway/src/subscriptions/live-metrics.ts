import { Gauge, Histogram } from 'prom-client';
import type { ServiceMetrics } from '@commerce/http';

/** What operators watch of live updates, in the gateway's registry. */
export class LiveMetrics {
  /** Seconds from an event reaching this replica to its answers being queued on every socket. */
  readonly fanOutDuration: Histogram;

  constructor(metrics: ServiceMetrics, counts: { sockets: () => number; subscriptions: () => number }) {
    new Gauge({
      name: 'gateway_subscription_sockets',
      help: 'WebSockets open on this gateway replica',
      registers: [metrics.registry],
      collect() {
        this.set(counts.sockets());
      },
    });
    new Gauge({
      name: 'gateway_subscriptions',
      help: 'Subscriptions running on this gateway replica',
      registers: [metrics.registry],
      collect() {
        this.set(counts.subscriptions());
      },
    });
    this.fanOutDuration = new Histogram({
      name: 'gateway_live_fanout_duration_seconds',
      help: 'Time from a live event reaching this replica to its updates being sent to every subscriber',
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [metrics.registry],
    });
  }
}
