import type { Model } from 'mongoose';
import type { EventBus, EventEnvelope } from '@commerce/events';
import type { Logger } from '@commerce/logging';
import type { EventRelay } from '../catalog-store';
import type { ProductDoc } from './models';
import type { ProductDocuments } from './product-documents';

export interface PendingEventsRelayOptions {
  pollIntervalMs?: number;
  /** Documents per pass. */
  batchSize?: number;
  maxBackoffMs?: number;
}

/**
 * The outbox relay for documents that carry their own pending events (the MongoDB adapter): finds
 * documents flagged `hasPendingEvents`, publishes their events with broker confirms, then removes
 * exactly those events from each document under its lock (events added meanwhile stay). If publishing
 * fails nothing is removed and the pass is retried with back-off; if the process dies after
 * publishing, the events go out again (at least once; consumers are idempotent by event id).
 */
export class PendingEventsRelay implements EventRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private failures = 0;
  private readonly options: Required<PendingEventsRelayOptions>;

  constructor(
    private readonly products: Model<ProductDoc>,
    private readonly documents: () => ProductDocuments,
    private readonly bus: EventBus,
    private readonly logger: Logger,
    options: PendingEventsRelayOptions = {},
  ) {
    this.options = { pollIntervalMs: 500, batchSize: 100, maxBackoffMs: 5000, ...options };
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  kick(): void {
    if (!this.stopped && this.failures === 0) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  async flush(): Promise<number> {
    let total = 0;
    for (;;) {
      const { documents, events } = await this.relayBatch();
      total += events;
      if (documents < this.options.batchSize) return total;
    }
  }

  async pendingCount(): Promise<number> {
    const docs = await this.products.find({ hasPendingEvents: true }, { pendingEvents: 1 }).lean();
    return docs.reduce((sum, doc) => sum + (doc.pendingEvents?.length ?? 0), 0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
  }

  private async tick(): Promise<void> {
    this.timer = null;
    if (this.running) return; // the pass in progress reschedules itself
    this.running = this.pass();
    await this.running;
    this.running = null;
  }

  private async pass(): Promise<void> {
    try {
      const sent = await this.flush();
      if (this.failures > 0) this.logger.info({ sent }, 'event relay recovered');
      this.failures = 0;
      this.schedule(this.options.pollIntervalMs);
    } catch (error) {
      this.failures++;
      const backoff = Math.min(this.options.maxBackoffMs, 100 * 2 ** this.failures);
      this.logger.warn({ err: error, failures: this.failures, backoff }, 'event relay could not publish');
      this.schedule(backoff);
    }
  }

  private async relayBatch(): Promise<{ documents: number; events: number }> {
    const docs = await this.products
      .find({ hasPendingEvents: true }, { pendingEvents: 1 })
      .limit(this.options.batchSize)
      .lean<Pick<ProductDoc, '_id' | 'pendingEvents'>[]>();
    const events: EventEnvelope[] = docs.flatMap((doc) => doc.pendingEvents ?? []);
    if (events.length > 0) await this.bus.publish(events);
    for (const doc of docs) {
      const published = new Set((doc.pendingEvents ?? []).map((event) => event.id));
      await this.documents().update(doc._id, async (current) =>
        (current.pendingEvents ?? []).some((event) => published.has(event.id))
          ? { publishedEventIds: published }
          : null,
      );
    }
    return { documents: docs.length, events: events.length };
  }
}
