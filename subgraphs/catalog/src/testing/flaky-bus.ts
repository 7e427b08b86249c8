import type { ConsumerOptions, DeadLetter, EventBus, EventEnvelope, StopConsuming } from '@commerce/events';

/**
 * An event bus whose publishing can be switched off, to prove that events written while the broker is
 * unreachable stay in the outbox and go out once it is back. Delivery is the wrapped bus's.
 */
export class FlakyBus implements EventBus {
  failing = false;
  /** Publishes refused while failing (the relay's attempts during the outage). */
  refused = 0;

  constructor(private readonly inner: EventBus) {}

  async publish(events: EventEnvelope[]): Promise<void> {
    if (this.failing) {
      this.refused++;
      throw new Error('broker unreachable (test)');
    }
    await this.inner.publish(events);
  }

  consume(options: ConsumerOptions): Promise<StopConsuming> {
    return this.inner.consume(options);
  }

  deadLetters(consumer: string): Promise<DeadLetter[]> {
    return this.inner.deadLetters(consumer);
  }

  isHealthy(): boolean {
    return !this.failing && this.inner.isHealthy();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
