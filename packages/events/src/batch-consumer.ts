import { scopeFromHeaders, withLogScope } from '@commerce/logging';
import type { ConsumerOptions, DeliveryInfo, EventBus, StopConsuming } from './bus';
import type { EventEnvelope } from './envelope';

/** One delivery inside a batch. */
export interface BatchItem {
  event: EventEnvelope;
  delivery: DeliveryInfo;
}

/**
 * Handles a batch of events. Resolves with the events that failed, by event id, with their error:
 * each of those follows the bus's usual path on its own (retry with back-off, then the dead-letter
 * queue with that error); every other event of the batch counts as handled and is acked. Throwing
 * fails the whole batch (e.g. the store is down): every event of it is retried.
 */
export type BatchHandler = (batch: BatchItem[]) => Promise<ReadonlyMap<string, unknown> | void>;

export interface BatchConsumerOptions extends Omit<ConsumerOptions, 'handler'> {
  handler: BatchHandler;
  /** Most events in one batch. Default 500. */
  maxBatchSize?: number;
  /** How long the first event of a batch waits for more before the batch is applied. Default 50 ms. */
  maxBatchWaitMs?: number;
  /**
   * Batches applied at the same time. Default 1. More overlaps one batch's waiting on its store with
   * the next one's work (the handler must then tolerate batches in any order, as it already must
   * tolerate redelivered and reordered events).
   */
  maxConcurrentBatches?: number;
  /**
   * Messages in flight; default `maxBatchSize * (maxConcurrentBatches + 1)`: the batches being
   * applied plus one filling meanwhile.
   */
  prefetch?: number;
}

export const DEFAULT_MAX_BATCH_SIZE = 500;
export const DEFAULT_MAX_BATCH_WAIT_MS = 50;

/**
 * Consumes like `bus.consume`, but hands the events to `handler` in batches: one store round trip for
 * hundreds of events instead of one each. Works on every EventBus adapter, because it only relies on
 * what the port guarantees: the bus delivers up to `prefetch` messages without waiting for earlier
 * handlers, and settles each message when its handler's promise settles. Each delivery's promise is
 * held until its batch is applied, so a message is acked only once its batch is (at-least-once kept),
 * and a failed event is retried or dead-lettered alone, with its own attempt count.
 */
export function consumeInBatches(bus: EventBus, options: BatchConsumerOptions): Promise<StopConsuming> {
  return bus.consume(batchConsumer(options));
}

/**
 * The plain consumer that feeds a batch handler: what a service registers with the bus (or lists
 * among its subgraph's consumers) to consume in batches.
 */
export function batchConsumer(options: BatchConsumerOptions): ConsumerOptions {
  const {
    handler,
    maxBatchSize = DEFAULT_MAX_BATCH_SIZE,
    maxBatchWaitMs = DEFAULT_MAX_BATCH_WAIT_MS,
    maxConcurrentBatches = 1,
    ...consumer
  } = options;
  const prefetch = options.prefetch ?? maxBatchSize * (maxConcurrentBatches + 1);
  if (!Number.isInteger(maxBatchSize) || maxBatchSize < 1) throw new Error('maxBatchSize must be >= 1');
  if (!Number.isInteger(maxBatchWaitMs) || maxBatchWaitMs < 0) throw new Error('maxBatchWaitMs must be >= 0');
  if (!Number.isInteger(maxConcurrentBatches) || maxConcurrentBatches < 1) {
    throw new Error('maxConcurrentBatches must be >= 1');
  }
  // A window smaller than a batch would leave every batch waiting for events the broker holds back.
  if (prefetch < maxBatchSize) throw new Error('prefetch must be at least maxBatchSize');
  const batcher = new EventBatcher(handler, { maxBatchSize, maxBatchWaitMs, maxConcurrentBatches });
  return {
    ...consumer,
    prefetch,
    handler: (event, delivery) => batcher.add({ event, delivery }),
  };
}

interface Waiting {
  item: BatchItem;
  arrivedAt: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Collects deliveries and applies them in batches, in arrival order, at most `maxConcurrentBatches`
 * at a time (default one): a batch starts when `maxBatchSize` events wait or the oldest has waited
 * `maxBatchWaitMs`. Events arriving while batches are applied form the next one, which starts as soon
 * as it is due and a slot is free.
 */
export class EventBatcher {
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;
  private applying = 0;
  private readonly maxConcurrentBatches: number;

  constructor(
    private readonly handler: BatchHandler,
    private readonly options: { maxBatchSize: number; maxBatchWaitMs: number; maxConcurrentBatches?: number },
  ) {
    this.maxConcurrentBatches = options.maxConcurrentBatches ?? 1;
  }

  /** Resolves when the event's batch has handled it; rejects with its error when it failed. */
  add(item: BatchItem): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ item, arrivedAt: Date.now(), resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    while (this.applying < this.maxConcurrentBatches && this.waiting.length > 0) {
      const waited = Date.now() - this.waiting[0].arrivedAt;
      if (this.waiting.length < this.options.maxBatchSize && waited < this.options.maxBatchWaitMs) {
        this.timer ??= setTimeout(() => {
          this.timer = null;
          this.schedule();
        }, this.options.maxBatchWaitMs - waited);
        return;
      }
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      void this.applyNext(this.waiting.splice(0, this.options.maxBatchSize));
    }
  }

  private async applyNext(batch: Waiting[]): Promise<void> {
    this.applying++;
    try {
      await this.apply(batch);
    } finally {
      this.applying--;
      this.schedule();
    }
  }

  private async apply(batch: Waiting[]): Promise<void> {
    let failures: ReadonlyMap<string, unknown> | void;
    try {
      // A batch is its own unit of work: its logs must not carry the trace of whichever event
      // happened to start it (each event's own handling is logged by the bus under its trace).
      failures = await withLogScope(scopeFromHeaders({}), () =>
        this.handler(batch.map((waiting) => waiting.item)),
      );
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
      return;
    }
    for (const waiting of batch) {
      const id = waiting.item.event.id;
      if (failures?.has(id)) waiting.reject(asError(failures.get(id)));
      else waiting.resolve();
    }
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
