import type { Logger } from '@commerce/logging';
import { PeriodicTask } from '@commerce/runtime';
import type { InventoryService } from './inventory.service';

/**
 * Expires reservations whose TTL ran out (the order never committed nor released them), giving their
 * stock back. Runs every `intervalMs` from service start to shutdown; a failed pass is logged and the
 * next one retries (expiry is idempotent, so several replicas may sweep at once).
 */
export class ReservationSweeper {
  private readonly task: PeriodicTask;

  constructor(
    private readonly inventory: InventoryService,
    intervalMs: number,
    private readonly logger: Logger,
  ) {
    this.task = new PeriodicTask('reservation sweep', intervalMs, () => this.sweep(), logger);
  }

  start(): void {
    this.task.start();
  }

  /** Stops scheduling and waits for the pass in progress. */
  stop(): Promise<void> {
    return this.task.stop();
  }

  /** One pass now (also what the timer runs); returns how many reservations expired. */
  async sweep(): Promise<number> {
    const expired = await this.inventory.expireDue(new Date());
    if (expired > 0) this.logger.info({ expired }, 'expired stock reservations');
    return expired;
  }
}
