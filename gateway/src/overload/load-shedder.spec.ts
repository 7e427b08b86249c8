import { LoadShedder } from './load-shedder';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function blockFor(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // a CPU-bound stretch, as a saturated gateway would have
  }
}

describe('LoadShedder', () => {
  it('reports sustained event-loop lag past its bound, and recovers once the loop is on time again', async () => {
    // Bounds and pauses well apart, so a busy test machine's scheduling delays cannot decide the outcome.
    const shedder = new LoadShedder({ maxInFlight: 0, maxEventLoopLagMs: 250, retryAfterSeconds: 1 });
    try {
      await tick(120);
      expect(shedder.overloadReason()).toBeUndefined();
      blockFor(600);
      await tick(0); // the lag sampler, overdue, runs before this timer
      expect(shedder.overloadReason()).toBeUndefined(); // one pause is not overload
      blockFor(600);
      await tick(0);
      expect(shedder.overloadReason()).toBe('event_loop_lag');
      await tick(300);
      expect(shedder.overloadReason()).toBeUndefined();
    } finally {
      shedder.stop();
    }
  });

  it('has no bound when both are 0', () => {
    const shedder = new LoadShedder({ maxInFlight: 0, maxEventLoopLagMs: 0, retryAfterSeconds: 1 });
    blockFor(50);
    expect(shedder.overloadReason()).toBeUndefined();
    shedder.stop();
  });
});
