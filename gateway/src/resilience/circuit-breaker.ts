/** `closed`: calls go through; `open`: calls fail fast; `half-open`: a few trial calls decide. */
export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerSettings {
  /** Failures within `windowMs` that open the circuit; 0 never opens it. */
  failureThreshold: number;
  windowMs: number;
  /** How long an open circuit fails fast before it lets trial calls through. */
  openMs: number;
  /** Trial calls in flight at once while half-open. */
  halfOpenProbes: number;
}

export interface CircuitBreakerOptions extends CircuitBreakerSettings {
  onTransition?: (from: CircuitState, to: CircuitState) => void;
  /** The clock, in milliseconds (tests move it by hand). */
  now?: () => number;
}

/** What `tryAcquire` hands out: settle it exactly once with the call's outcome. */
export interface CircuitPermit {
  success(): void;
  failure(): void;
}

/**
 * A circuit breaker for one dependency, counting failures in a sliding time window. Closed, it lets
 * every call through and opens once `failureThreshold` of them failed within `windowMs`; open, it
 * refuses calls for `openMs`; then it lets `halfOpenProbes` trial calls through: the first that
 * succeeds closes it, one that fails opens it again for another `openMs`.
 *
 * Small and synchronous on purpose: the gateway asks it once per subgraph fetch, so it allocates
 * nothing on the closed path but the permit, and it never schedules a timer (time is read on demand).
 */
export class CircuitBreaker {
  private current: CircuitState = 'closed';
  /** Times of the failures still inside the window, oldest first (at most `failureThreshold`). */
  private failures: number[] = [];
  private openedAt = 0;
  private probesInFlight = 0;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    if (this.current === 'open' && this.now() - this.openedAt >= this.options.openMs) {
      this.moveTo('half-open');
    }
    return this.current;
  }

  /** A permit for one call, or undefined when the call must fail fast. */
  tryAcquire(): CircuitPermit | undefined {
    const state = this.state;
    if (state === 'open') return undefined;
    if (state === 'closed') return this.closedPermit();
    if (this.probesInFlight >= this.options.halfOpenProbes) return undefined;
    this.probesInFlight++;
    return this.probePermit();
  }

  private closedPermit(): CircuitPermit {
    return {
      success: () => undefined,
      failure: () => this.recordFailure(),
    };
  }

  private probePermit(): CircuitPermit {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      this.probesInFlight--;
      // A probe that outlived a transition made by another one does not undo it.
      if (this.current === 'half-open') outcome();
    };
    return { success: () => settle(() => this.close()), failure: () => settle(() => this.trip()) };
  }

  private recordFailure(): void {
    if (this.current !== 'closed' || this.options.failureThreshold === 0) return;
    const now = this.now();
    this.failures.push(now);
    while (this.failures.length > 0 && now - this.failures[0] > this.options.windowMs) this.failures.shift();
    if (this.failures.length >= this.options.failureThreshold) this.trip();
  }

  private trip(): void {
    this.openedAt = this.now();
    this.failures = [];
    this.moveTo('open');
  }

  private close(): void {
    this.failures = [];
    this.moveTo('closed');
  }

  private moveTo(to: CircuitState): void {
    const from = this.current;
    if (from === to) return;
    this.current = to;
    this.options.onTransition?.(from, to);
  }
}
