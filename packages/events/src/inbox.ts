import { DataSource, EntityManager } from 'typeorm';
import type { EventEnvelope } from './envelope';

/**
 * Runs `handle` for an event at most once per consumer: the inbox row and the handler's writes commit
 * together, so a redelivered event (broker restart, retry after a timeout) finds its row and is skipped.
 * Returns false when the event had already been processed.
 */
export async function processOnce(
  dataSource: DataSource,
  consumer: string,
  event: EventEnvelope,
  handle: (manager: EntityManager) => Promise<void>,
): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
      [consumer, event.id],
    );
    if (inserted.length === 0) return false;
    await handle(manager);
    return true;
  });
}

/** What {@link processBatchOnce} did with each event of a batch. */
export interface BatchInboxResult {
  /** Handled now: their inbox rows committed with the handler's writes. */
  processed: EventEnvelope[];
  /** Already processed earlier, or a second copy within the batch: skipped. */
  duplicates: EventEnvelope[];
  /** By event id: failed in the handler, or an id that cannot be an inbox key. No inbox row is kept. */
  failures: Map<string, unknown>;
}

/** Inbox keys are UUIDs (`createEvent` ids); another id would fail the batch's insert as a whole. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The batch form of {@link processOnce}: one transaction for the batch, one statement to claim every
 * event id in the inbox. `handle` gets only the events not processed before and returns the ones it
 * could not apply (by event id, with the error); their inbox rows are removed before the commit, so
 * they can be retried, while the rest of the batch commits. If `handle` throws, nothing commits.
 */
export async function processBatchOnce(
  dataSource: DataSource,
  consumer: string,
  events: EventEnvelope[],
  handle: (manager: EntityManager, fresh: EventEnvelope[]) => Promise<ReadonlyMap<string, unknown>>,
): Promise<BatchInboxResult> {
  const result: BatchInboxResult = { processed: [], duplicates: [], failures: new Map() };
  const byKey = new Map<string, EventEnvelope>();
  for (const event of events) {
    if (!UUID.test(event.id)) {
      result.failures.set(event.id, new Error(`event id "${event.id}" is not a UUID`));
    } else if (byKey.has(event.id.toLowerCase())) {
      result.duplicates.push(event);
    } else {
      byKey.set(event.id.toLowerCase(), event);
    }
  }
  if (byKey.size === 0) return result;
  return dataSource.transaction(async (manager) => {
    const claimed: Array<{ event_id: string }> = await manager.query(
      `INSERT INTO inbox (consumer, event_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [consumer, [...byKey.keys()]],
    );
    const fresh = new Set(claimed.map((row) => row.event_id));
    const freshEvents: EventEnvelope[] = [];
    for (const [key, event] of byKey) (fresh.has(key) ? freshEvents : result.duplicates).push(event);
    const failed = freshEvents.length > 0 ? await handle(manager, freshEvents) : new Map<string, unknown>();
    const released: string[] = [];
    for (const event of freshEvents) {
      if (failed.has(event.id)) {
        result.failures.set(event.id, failed.get(event.id));
        released.push(event.id);
      } else {
        result.processed.push(event);
      }
    }
    if (released.length > 0) {
      await manager.query('DELETE FROM inbox WHERE consumer = $1 AND event_id = ANY($2::uuid[])', [
        consumer,
        released,
      ]);
    }
    return result;
  });
}
