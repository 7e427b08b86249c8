/**
 * How late the event loop runs, sampled by a timer: a tick due every `intervalMs` that fires later
 * says by how much work queued ahead of it. The figure is the smaller of the last two samples, so it
 * reports sustained lag (a saturated CPU) and not a single pause (a GC, a module load at startup);
 * the timer is unref'd so it never keeps the process alive.
 */
export class EventLoopLag {
  private previousMs = 0;
  private lagMs = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 50) {
    let expected = performance.now() + intervalMs;
    this.timer = setInterval(() => {
      const now = performance.now();
      this.previousMs = this.lagMs;
      this.lagMs = Math.max(0, now - expected);
      expected = now + intervalMs;
    }, intervalMs);
    this.timer.unref();
  }

  get currentMs(): number {
    return Math.min(this.previousMs, this.lagMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
