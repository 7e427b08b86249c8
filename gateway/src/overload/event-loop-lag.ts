/**
 * How late the event loop runs, sampled by a timer: a tick due every `intervalMs` that fires later
 * says by how much work queued ahead of it. The latest sample is the one that matters for admitting
 * a request now; the timer is unref'd so it never keeps the process alive.
 */
export class EventLoopLag {
  private lagMs = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 50) {
    let expected = performance.now() + intervalMs;
    this.timer = setInterval(() => {
      const now = performance.now();
      this.lagMs = Math.max(0, now - expected);
      expected = now + intervalMs;
    }, intervalMs);
    this.timer.unref();
  }

  get currentMs(): number {
    return this.lagMs;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
