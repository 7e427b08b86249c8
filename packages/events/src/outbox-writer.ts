import type { DataSource, EntityManager } from 'typeorm';
import { createEvent } from './envelope';
import { addToOutbox } from './outbox';

/**
 * How a service records events: inside its state-changing transaction, stamped with its name. After
 * the transaction commits the relay is woken, so events leave within milliseconds instead of a poll.
 */
export class OutboxWriter {
  constructor(
    private readonly source: string,
    private readonly onCommitted: () => void = () => undefined,
  ) {}

  async record<T>(manager: EntityManager, type: string, data: T, version = 1): Promise<void> {
    await addToOutbox(manager, [createEvent(this.source, type, data, version)]);
  }

  /** Runs `work` in one transaction and wakes the relay once it has committed. */
  async transaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await dataSource.transaction(work);
    this.onCommitted();
    return result;
  }
}
