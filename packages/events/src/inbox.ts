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
