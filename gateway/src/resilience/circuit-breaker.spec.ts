import { CircuitBreaker, CircuitBreakerSettings, CircuitState } from './circuit-breaker';

const SETTINGS: CircuitBreakerSettings = {
  failureThreshold: 3,
  windowMs: 1000,
  openMs: 500,
  halfOpenProbes: 1,
};

function breaker(settings: Partial<CircuitBreakerSettings> = {}) {
  let time = 0;
  const transitions: string[] = [];
  const circuit = new CircuitBreaker({
    ...SETTINGS,
    ...settings,
    now: () => time,
    onTransition: (from: CircuitState, to: CircuitState) => transitions.push(`${from}->${to}`),
  });
  const fail = (times = 1) => {
    for (let i = 0; i < times; i++) circuit.tryAcquire()!.failure();
  };
  return { circuit, transitions, fail, advance: (ms: number) => (time += ms) };
}

describe('CircuitBreaker', () => {
  it('stays closed below the threshold and opens on the failure that reaches it', () => {
    const { circuit, transitions, fail } = breaker();
    fail(2);
    expect(circuit.state).toBe('closed');
    circuit.tryAcquire()!.success(); // a success in between does not wipe the window
    fail(1);
    expect(circuit.state).toBe('open');
    expect(transitions).toEqual(['closed->open']);
  });

  it('counts only the failures inside the window', () => {
    const { circuit, fail, advance } = breaker();
    fail(2);
    advance(1001);
    fail(2);
    expect(circuit.state).toBe('closed');
    fail(1);
    expect(circuit.state).toBe('open');
  });

  it('refuses every call while open, then lets one probe through when openMs has passed', () => {
    const { circuit, transitions, fail, advance } = breaker();
    fail(3);
    expect(circuit.tryAcquire()).toBeUndefined();
    advance(499);
    expect(circuit.tryAcquire()).toBeUndefined();
    advance(1);
    const probe = circuit.tryAcquire();
    expect(probe).toBeDefined();
    expect(circuit.state).toBe('half-open');
    expect(circuit.tryAcquire()).toBeUndefined(); // one probe at a time
    probe!.success();
    expect(circuit.state).toBe('closed');
    expect(circuit.tryAcquire()).toBeDefined();
    expect(transitions).toEqual(['closed->open', 'open->half-open', 'half-open->closed']);
  });

  it('opens again for another openMs when the probe fails', () => {
    const { circuit, transitions, fail, advance } = breaker();
    fail(3);
    advance(500);
    circuit.tryAcquire()!.failure();
    expect(circuit.state).toBe('open');
    advance(499);
    expect(circuit.tryAcquire()).toBeUndefined();
    advance(1);
    expect(circuit.tryAcquire()).toBeDefined();
    expect(transitions).toEqual(['closed->open', 'open->half-open', 'half-open->open', 'open->half-open']);
  });

  it('starts a fresh window after closing: old failures do not count', () => {
    const { circuit, fail, advance } = breaker();
    fail(3);
    advance(500);
    circuit.tryAcquire()!.success();
    fail(2);
    expect(circuit.state).toBe('closed');
  });

  it('settles a permit once: a second report changes nothing', () => {
    const { circuit, fail, advance } = breaker({ halfOpenProbes: 1 });
    fail(3);
    advance(500);
    const probe = circuit.tryAcquire()!;
    probe.failure();
    probe.failure();
    advance(500);
    expect(circuit.tryAcquire()).toBeDefined(); // the probe slot was given back once, not twice
    expect(circuit.tryAcquire()).toBeUndefined();
  });

  it('never opens with a threshold of 0', () => {
    const { circuit, fail } = breaker({ failureThreshold: 0 });
    fail(100);
    expect(circuit.state).toBe('closed');
  });
});
