import * as amqp from 'amqplib';
import {
  ConsumerOptions,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_DELAYS_MS,
  EventBus,
  EventEnvelope,
  RabbitMqEventBus,
  retryDelay,
} from '@commerce/events';
import { engines } from '@commerce/testing';

/**
 * The shared RabbitMQ bus seen through this run's names: consumer queues get the run id as prefix
 * (services hard-code theirs, e.g. `search-indexer`, and a queue is shared by name across the broker).
 * Closing is the harness's job, so `close` here does nothing.
 *
 * A service started in another process (the out-of-process orders service) wraps its own bus the
 * same way; the test process then declares those consumers with {@link declaredElsewhere} so that
 * {@link queues} (and so the clean-up) covers them too.
 */
export class RunScopedBus implements EventBus {
  private readonly consumers = new Map<string, ConsumerOptions>();

  constructor(
    private readonly inner: RabbitMqEventBus,
    private readonly run: string,
  ) {}

  publish(events: EventEnvelope[]): Promise<void> {
    return this.inner.publish(events);
  }

  consume(options: ConsumerOptions): Promise<() => Promise<void>> {
    const consumer = this.queueName(options.consumer);
    this.consumers.set(consumer, options);
    return this.inner.consume({ ...options, consumer });
  }

  deadLetters(consumer: string) {
    return this.inner.deadLetters(this.queueName(consumer));
  }

  isHealthy(): boolean {
    return this.inner.isHealthy();
  }

  async close(): Promise<void> {}

  /** A consumer of this run that another process declares on the broker (for {@link queues}). */
  declaredElsewhere(options: Pick<ConsumerOptions, 'consumer' | 'maxAttempts' | 'retryDelaysMs'>): void {
    this.consumers.set(this.queueName(options.consumer), options as ConsumerOptions);
  }

  /** Every queue the run's consumers declared: main, dead-letter and retry queues. */
  queues(): string[] {
    return [...this.consumers].flatMap(([name, options]) => {
      const delays = new Set<number>();
      const attempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
      for (let attempt = 1; attempt < attempts; attempt++) {
        delays.add(retryDelay(options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS, attempt));
      }
      return [name, `${name}.dlq`, ...[...delays].map((delay) => `${name}.retry.${delay}`)];
    });
  }

  private queueName(consumer: string): string {
    return `${this.run}.${consumer}`;
  }
}

/** Removes the run's durable queues and exchange from the shared broker. */
export async function deleteRunTopology(exchange: string, queues: string[]): Promise<void> {
  const connection = await amqp.connect(engines.TEST_AMQP_URL);
  try {
    for (const name of queues) {
      const channel = await connection.createChannel();
      await channel.deleteQueue(name).catch(() => undefined);
      await channel.close().catch(() => undefined);
    }
    const channel = await connection.createChannel();
    await channel.deleteExchange(exchange).catch(() => undefined);
    await channel.close().catch(() => undefined);
  } finally {
    await connection.close();
  }
}
