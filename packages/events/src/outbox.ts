import { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import type { Logger } from '@commerce/logging';
import type { EventBus } from './bus';
import type { EventEnvelope } from './envelope';
import { LoopedRelay, RelayLoop } from './relay-loop';

/**
 * Creates the outbox and inbox tables. Every service that publishes or consumes adds this migration to
 * its list; the tables live in the service's own database, beside the state they describe.
 */
export class CreateOutboxAndInbox1700000000000 implements MigrationInterface {
  name = 'CreateOutboxAndInbox1700000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE IF NOT EXISTS outbox (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        type text NOT NULL,
        envelope jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        last_error text
      )`);
    // The relay only ever scans unpublished rows; a partial index keeps that scan tiny.
    await runner.query(
      `CREATE INDEX IF NOT EXISTS outbox_unpublished ON outbox (seq) WHERE published_at IS NULL`,
    );
    await runner.query(`
      CREATE TABLE IF NOT EXISTS inbox (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE IF EXISTS inbox');
    await runner.query('DROP TABLE IF EXISTS outbox');
  }
}

/**
 * Writes events in the caller's transaction: they exist if and only if the state change commits.
 * The relay publishes them afterwards.
 */
export async function addToOutbox(manager: EntityManager, events: EventEnvelope[]): Promise<void> {
  if (events.length === 0) return;
  const values: unknown[] = [];
  const rows = events.map((event, i) => {
    values.push(event.id, event.type, JSON.stringify(event));
    return `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3}::jsonb)`;
  });
  await manager.query(`INSERT INTO outbox (id, type, envelope) VALUES ${rows.join(', ')}`, values);
}

export interface OutboxRelayOptions {
  /** How often to look for unpublished rows when nobody kicked the relay. */
  pollIntervalMs?: number;
  /**
   * Rows claimed and published per round trip. Default 1000: the relay is bound by round trips (claim,
   * publish, confirms, mark), not by work per row, so a bulk write (an import) drains about as many
   * times faster as the batch is larger; a batch that fails is published again whole (consumers are
   * idempotent).
   */
  batchSize?: number;
  /** Longest wait between attempts while the bus is failing. */
  maxBackoffMs?: number;
  /** Published rows older than this are deleted (they were only kept for inspection). */
  retentionHours?: number;
}

/**
 * Publishes outbox rows in order, with broker confirms, then marks them published.
 * Rows are claimed with `FOR UPDATE SKIP LOCKED`, so several replicas may run a relay safely. If the
 * bus is down the transaction rolls back, nothing is marked, and the relay retries with back-off:
 * an event is never lost, at worst published twice (consumers are idempotent).
 */
export class OutboxRelay extends LoopedRelay {
  private lastCleanup = 0;
  private readonly options: Required<OutboxRelayOptions>;
  protected readonly loop: RelayLoop;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    logger: Logger,
    options: OutboxRelayOptions = {},
  ) {
    super();
    this.options = {
      pollIntervalMs: 500,
      batchSize: 1000,
      maxBackoffMs: 5000,
      retentionHours: 24,
      ...options,
    };
    this.loop = new RelayLoop(
      async () => {
        const sent = await this.relayBatch();
        return { taken: sent, sent };
      },
      logger,
      { ...this.options, name: 'outbox relay' },
      () => this.cleanupPublished(),
    );
  }

  async pendingCount(): Promise<number> {
    const rows = await this.dataSource.query(
      'SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL',
    );
    return rows[0].n;
  }

  private async relayBatch(): Promise<number> {
    const failed: { seqs?: string[] } = {};
    try {
      return await this.dataSource.transaction(async (manager) => {
        const rows: { seq: string; envelope: EventEnvelope }[] = await manager.query(
          `SELECT seq, envelope FROM outbox WHERE published_at IS NULL ORDER BY seq
           LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [this.options.batchSize],
        );
        if (rows.length === 0) return 0;
        const seqs = rows.map((r) => r.seq);
        try {
          await this.bus.publish(rows.map((r) => r.envelope));
        } catch (error) {
          failed.seqs = seqs;
          throw error;
        }
        await manager.query(
          'UPDATE outbox SET published_at = now(), attempts = attempts + 1 WHERE seq = ANY($1)',
          [seqs],
        );
        return rows.length;
      });
    } catch (error) {
      // Recorded only after the transaction rolled back: it holds FOR UPDATE locks on these rows, so an
      // UPDATE from another connection before then would wait for it forever while it waits for the UPDATE.
      if (failed.seqs) {
        await this.dataSource
          .query('UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE seq = ANY($1)', [
            failed.seqs,
            String((error as Error).message ?? error).slice(0, 500),
          ])
          .catch(() => undefined);
      }
      throw error;
    }
  }

  private async cleanupPublished(): Promise<void> {
    if (Date.now() - this.lastCleanup < 60_000) return;
    this.lastCleanup = Date.now();
    await this.dataSource.query(
      `DELETE FROM outbox WHERE published_at < now() - make_interval(hours => $1)`,
      [this.options.retentionHours],
    );
  }
}
