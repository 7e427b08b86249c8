import type { Logger } from '@commerce/logging';

/**
 * Runs `run` every `intervalMs` (measured from the end of one pass to the start of the next, so passes
 * never overlap) from `start` until `stop`, which waits for the pass in progress. A failing pass is
 * logged and the next one tries again; the timer never keeps the process alive by itself.
 */
export class PeriodicTask {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly run: () => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.run()
        .then(() => undefined)
        .catch((error) => this.logger.warn({ err: error, task: this.name }, `${this.name} failed`))
        .finally(() => {
          this.running = null;
          this.schedule();
        });
    }, this.intervalMs);
    this.timer.unref();
  }
}
