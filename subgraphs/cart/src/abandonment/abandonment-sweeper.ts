import { CartAbandoned } from '@commerce/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { OutboxWriter } from '@commerce/events';
import type { Logger } from '@commerce/logging';
import { PeriodicTask } from '@commerce/runtime';

/** From CART_ABANDON_AFTER_SECONDS and CART_ABANDON_SWEEP_INTERVAL_MS. */
interface SweeperOptions {
  abandonAfterSeconds: number;
  intervalMs: number;
  /** Carts marked per transaction. */
  batchSize?: number;
  defaultCurrency: string;
}

export interface AbandonmentSweeperDeps {
  dataSource: DataSource;
  outbox: OutboxWriter;
  logger: Logger;
  options: SweeperOptions;
}

/**
 * Marks carts with items that nobody changed for `abandonAfterSeconds` as ABANDONED and publishes
 * `cart.abandoned` for each, in the same transaction (outbox). Replicas may all run it: rows are claimed
 * with SKIP LOCKED and a cart is marked once until it is touched again (which makes it ACTIVE).
 */
export class AbandonmentSweeper {
  private readonly task: PeriodicTask;

  constructor(private readonly deps: AbandonmentSweeperDeps) {
    this.task = new PeriodicTask(
      'abandonment sweep',
      deps.options.intervalMs,
      () => this.sweepAndLog(),
      deps.logger,
    );
  }

  start(): void {
    this.task.start();
  }

  /** Stops the timer and waits for a sweep in progress. */
  stop(): Promise<void> {
    return this.task.stop();
  }

  /** Marks every cart due now; returns how many. */
  async sweepOnce(): Promise<number> {
    const batchSize = this.deps.options.batchSize ?? 200;
    let total = 0;
    for (;;) {
      const marked = await this.deps.outbox.transaction(this.deps.dataSource, (manager) =>
        this.markBatch(manager, batchSize),
      );
      total += marked;
      if (marked < batchSize) return total;
    }
  }

  private async sweepAndLog(): Promise<void> {
    const marked = await this.sweepOnce();
    if (marked > 0) this.deps.logger.info({ marked }, 'carts marked abandoned');
  }

  private async markBatch(manager: EntityManager, batchSize: number): Promise<number> {
    // TypeORM answers an UPDATE with [rows, affected count], even with RETURNING.
    const [marked]: [{ id: string; buyer_id: string }[], number] = await manager.query(
      `WITH due AS (
         SELECT c.id FROM carts c
         WHERE c.status = 'ACTIVE' AND c.updated_at < now() - make_interval(secs => $1)
           AND EXISTS (SELECT 1 FROM cart_items i WHERE i.cart_id = c.id)
         ORDER BY c.updated_at LIMIT $2
         FOR UPDATE OF c SKIP LOCKED)
       UPDATE carts SET status = 'ABANDONED', abandoned_at = now()
       FROM due WHERE carts.id = due.id
       RETURNING carts.id, carts.buyer_id`,
      [this.deps.options.abandonAfterSeconds, batchSize],
    );
    if (marked.length === 0) return 0;
    const sums: { cart_id: string; item_count: number; amount: string; currency: string }[] =
      await manager.query(
        `SELECT cart_id, sum(quantity)::int AS item_count, sum(quantity::bigint * unit_price) AS amount,
              min(currency) AS currency
       FROM cart_items WHERE cart_id = ANY($1::uuid[]) GROUP BY cart_id`,
        [marked.map((row) => row.id)],
      );
    for (const row of marked) {
      const sum = sums.find((s) => s.cart_id === row.id);
      await this.deps.outbox.record(manager, CartAbandoned, {
        cartId: row.id,
        buyerId: row.buyer_id,
        itemCount: sum?.item_count ?? 0,
        subtotal: {
          amount: Number(sum?.amount ?? 0),
          currency: sum?.currency ?? this.deps.options.defaultCurrency,
        },
      });
    }
    return marked.length;
  }
}
