import { scopeFromHeaders, withLogScope, type Logger } from '@commerce/logging';
import {
  ConsumerOptions,
  DeadLetter,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_DELAYS_MS,
  EventBus,
  retryDelay,
  StopConsuming,
} from './bus';
import { EventEnvelope, routingKeyMatches } from './envelope';

interface Delivery {
  event: EventEnvelope;
  attempt: number;
}

interface Queue {
  options: ConsumerOptions;
  pending: Delivery[];
  active: boolean;
  running: Set<Promise<void>>;
  deadLetters: DeadLetter[];
}

/**
 * The bus for embedded mode: every service runs in one process, so queues are arrays.
 * Queues outlive `stop` (like durable queues) so a consumer restarted in-process misses nothing.
 */
export class InProcessEventBus implements EventBus {
  private readonly queues = new Map<string, Queue>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly logger: Logger) {}

  async publish(events: EventEnvelope[]): Promise<void> {
    if (this.closed) throw new Error('event bus is closed');
    for (const event of events) {
      for (const queue of this.queues.values()) {
        if (queue.options.patterns.some((p) => routingKeyMatches(p, event.type))) {
          queue.pending.push({ event: structuredClone(event), attempt: 1 });
          this.drain(queue);
        }
      }
    }
  }

  async consume(options: ConsumerOptions): Promise<StopConsuming> {
    if (this.closed) throw new Error('event bus is closed');
    const existing = this.queues.get(options.consumer);
    const queue: Queue = existing ?? {
      options,
      pending: [],
      active: true,
      running: new Set(),
      deadLetters: [],
    };
    queue.options = options;
    queue.active = true;
    this.queues.set(options.consumer, queue);
    this.drain(queue);
    return async () => {
      queue.active = false;
      await Promise.allSettled([...queue.running]);
    };
  }

  async deadLetters(consumer: string): Promise<DeadLetter[]> {
    return [...(this.queues.get(consumer)?.deadLetters ?? [])];
  }

  isHealthy(): boolean {
    return !this.closed;
  }

  /** Stops every consumer and waits for the handlers still running. Pending retries are dropped. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    for (const queue of this.queues.values()) queue.active = false;
    await Promise.allSettled([...this.queues.values()].flatMap((queue) => [...queue.running]));
  }

  private drain(queue: Queue): void {
    const prefetch = queue.options.prefetch ?? 10;
    while (queue.active && !this.closed && queue.running.size < prefetch && queue.pending.length > 0) {
      const delivery = queue.pending.shift()!;
      const running: Promise<void> = this.deliver(queue, delivery).finally(() => {
        queue.running.delete(running);
        this.drain(queue);
      });
      queue.running.add(running);
    }
  }

  private async deliver(queue: Queue, { event, attempt }: Delivery): Promise<void> {
    try {
      // Like the RabbitMQ adapter: handler logs carry the event's trace, not the publisher's scope.
      const scope = scopeFromHeaders({ requestId: event.id, traceparent: event.traceparent });
      await withLogScope(scope, () => queue.options.handler(event, { attempt, redelivered: attempt > 1 }));
    } catch (error) {
      const maxAttempts = queue.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
      const message = error instanceof Error ? error.message : String(error);
      if (attempt >= maxAttempts) {
        this.logger.error(
          { consumer: queue.options.consumer, eventId: event.id, err: error },
          'event dead-lettered',
        );
        queue.deadLetters.push({ event, error: message, attempts: attempt });
        return;
      }
      const delay = retryDelay(queue.options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS, attempt);
      this.logger.warn(
        { consumer: queue.options.consumer, eventId: event.id, attempt, delay },
        'event retry',
      );
      // The retry goes back through the queue, so a stopped consumer is not called and prefetch holds.
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        queue.pending.push({ event, attempt: attempt + 1 });
        this.drain(queue);
      }, delay);
      this.timers.add(timer);
    }
  }
}
