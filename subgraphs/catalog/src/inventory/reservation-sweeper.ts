import type { Logger } from '@commerce/logging';
import type { InventoryService } from './inventory.service';

/**
 * Expires reservations whose TTL ran out (the order never committed nor released them), giving their
 * stock back. Runs every `intervalMs` from service start to shutdown; a failed pass is logged and the
 * next one retries (expiry is idempotent, so several replicas may sweep at once).
 */
export class ReservationSweeper {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;

  constructor(
    private readonly inventory: InventoryService,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  /** Stops scheduling and waits for the pass in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One pass now (also what the timer runs); returns how many reservations expired. */
  async sweep(): Promise<number> {
    const expired = await this.inventory.expireDue(new Date());
    if (expired > 0) this.logger.info({ expired }, 'expired stock reservations');
    return expired;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.sweep()
        .then(() => undefined)
        .catch((error) => this.logger.warn({ err: error }, 'reservation sweep failed'))
        .finally(() => {
          this.running = null;
          this.schedule();
        });
    }, this.intervalMs);
    this.timer.unref();
  }
}
