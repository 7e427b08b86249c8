import { Counter, Gauge } from 'prom-client';
import type { ServiceMetrics } from '@commerce/http';
import type { CircuitState } from './circuit-breaker';

/** The gauge's value per state: alerting on `> 0` catches both open and half-open. */
const STATE_VALUE: Record<CircuitState, number> = { closed: 0, 'half-open': 1, open: 2 };

/** The circuit of each subgraph on /metrics: where it is, how it moved, what it refused. */
export class CircuitMetrics {
  private readonly state: Gauge<'subgraph'>;
  private readonly transitions: Counter<'subgraph' | 'from' | 'to'>;
  readonly rejections: Counter<'subgraph'>;

  constructor(metrics: ServiceMetrics) {
    this.state = new Gauge({
      name: 'gateway_subgraph_circuit_state',
      help: 'Circuit breaker state per subgraph: 0 closed, 1 half-open (trial fetches), 2 open (failing fast)',
      labelNames: ['subgraph'],
      registers: [metrics.registry],
    });
    this.transitions = new Counter({
      name: 'gateway_subgraph_circuit_transitions_total',
      help: 'Circuit breaker state changes per subgraph, by the state left and the state entered',
      labelNames: ['subgraph', 'from', 'to'],
      registers: [metrics.registry],
    });
    this.rejections = new Counter({
      name: 'gateway_subgraph_circuit_rejections_total',
      help: 'Subgraph fetches refused without a call because the subgraph circuit was open, by subgraph',
      labelNames: ['subgraph'],
      registers: [metrics.registry],
    });
  }

  /** Every subgraph shows on /metrics from the start, closed. */
  register(subgraph: string): void {
    this.state.set({ subgraph }, STATE_VALUE.closed);
  }

  transition(subgraph: string, from: CircuitState, to: CircuitState): void {
    this.state.set({ subgraph }, STATE_VALUE[to]);
    this.transitions.inc({ subgraph, from, to });
  }
}
