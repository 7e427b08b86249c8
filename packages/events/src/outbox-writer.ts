import type { DataSource, EntityManager } from 'typeorm';
import type { EventContract, EventInput } from '@commerce/contracts';
import { contractEvent } from './envelope';
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

  /** Records an event of `contract`, its data typed and validated by it (see {@link contractEvent}). */
  async record<E extends EventContract>(
    manager: EntityManager,
    contract: E,
    data: EventInput<E>,
  ): Promise<void> {
    await addToOutbox(manager, [contractEvent(this.source, contract, data)]);
  }

  /** Runs `work` in one transaction and wakes the relay once it has committed. */
  async transaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await dataSource.transaction(work);
    this.onCommitted();
    return result;
  }
}
