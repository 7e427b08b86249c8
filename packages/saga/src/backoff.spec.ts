import { retryDelayMs, sleep } from './backoff';

const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };

describe('retryDelayMs', () => {
  it('doubles per attempt up to the cap', () => {
    const middle = () => 0.5; // no jitter
    expect([1, 2, 3, 4, 5, 10].map((n) => retryDelayMs(policy, n, middle))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });

  it('spreads retries by ±20 %', () => {
    expect(retryDelayMs(policy, 1, () => 0)).toBe(80);
    expect(retryDelayMs(policy, 1, () => 0.999999)).toBe(120);
  });
});

describe('sleep', () => {
  it('ends early when its signal aborts', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const slept = sleep(10_000, controller.signal);
    controller.abort();
    await slept;
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
