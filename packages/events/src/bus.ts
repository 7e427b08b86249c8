import type { EventEnvelope } from './envelope';

/** What a handler learns about the delivery it is processing. */
export interface DeliveryInfo {
  /** 1 for the first delivery, 2 for the first retry, ... */
  attempt: number;
  /** True when the broker says this message may have been delivered before. */
  redelivered: boolean;
}

export type EventHandler = (event: EventEnvelope, delivery: DeliveryInfo) => Promise<void>;

export interface ConsumerOptions {
  /** Durable queue name, one per consuming use case (e.g. `search-indexer`). */
  consumer: string;
  /** Routing patterns (topic syntax: `order.*`, `product.#`). */
  patterns: string[];
  handler: EventHandler;
  /** Attempts before the message is parked in the dead-letter queue. Default 5. */
  maxAttempts?: number;
  /** Back-off before retry n (the last value repeats). Default 1 s, 5 s, 30 s, 2 min. */
  retryDelaysMs?: number[];
  /** Messages in flight per consumer. Default 10. */
  prefetch?: number;
}

/** A message that exhausted its attempts, with the last error, kept for an operator to inspect or replay. */
export interface DeadLetter {
  event: EventEnvelope;
  error: string;
  attempts: number;
  /**
   * The body as received, only when it was not a valid envelope (malformed JSON goes straight to the
   * dead-letter queue); `event` then holds a placeholder with whatever id and type the message carried.
   */
  raw?: string;
}

export type StopConsuming = () => Promise<void>;

/**
 * The event bus port. Every implementation guarantees:
 * - `publish` resolves only when every event is safely with the bus (broker confirms), else rejects;
 * - each consumer gets every matching event published after it started, at least once, even when the
 *   consumer was stopped in between (durable queues);
 * - a handler that throws is retried with back-off, and after `maxAttempts` the event is parked in the
 *   consumer's dead-letter queue with the error; other events keep flowing;
 * - handlers must be idempotent (use the inbox): redelivery is possible;
 * - up to `prefetch` messages of a consumer are handed to its handler without waiting for earlier
 *   ones to finish, and each is settled (acked, retried or dead-lettered) when its own handler's
 *   promise settles: `consumeInBatches` builds batches on exactly this.
 */
export interface EventBus {
  publish(events: EventEnvelope[]): Promise<void>;
  consume(options: ConsumerOptions): Promise<StopConsuming>;
  /** Dead-lettered events of one consumer (peek, does not remove). */
  deadLetters(consumer: string): Promise<DeadLetter[]>;
  /** True while the bus can accept publishes (readiness). */
  isHealthy(): boolean;
  close(): Promise<void>;
}

export const DEFAULT_RETRY_DELAYS_MS = [1000, 5000, 30000, 120000];
export const DEFAULT_MAX_ATTEMPTS = 5;

export function retryDelay(delays: number[], attempt: number): number {
  return delays[Math.min(attempt - 1, delays.length - 1)];
}
