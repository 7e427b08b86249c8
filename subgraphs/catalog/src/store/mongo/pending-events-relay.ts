import type { Model } from 'mongoose';
import { LoopedRelay, RelayLoop, type EventBus, type EventEnvelope, type RelayBatch } from '@commerce/events';
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
export class PendingEventsRelay extends LoopedRelay implements EventRelay {
  private readonly options: Required<PendingEventsRelayOptions>;
  protected readonly loop: RelayLoop;

  constructor(
    private readonly products: Model<ProductDoc>,
    private readonly documents: () => ProductDocuments,
    private readonly bus: EventBus,
    logger: Logger,
    options: PendingEventsRelayOptions = {},
  ) {
    super();
    this.options = { pollIntervalMs: 500, batchSize: 100, maxBackoffMs: 5000, ...options };
    this.loop = new RelayLoop(() => this.relayBatch(), logger, { ...this.options, name: 'event relay' });
  }

  async pendingCount(): Promise<number> {
    const docs = await this.products.find({ hasPendingEvents: true }, { pendingEvents: 1 }).lean();
    return docs.reduce((sum, doc) => sum + (doc.pendingEvents?.length ?? 0), 0);
  }

  private async relayBatch(): Promise<RelayBatch> {
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
    return { taken: docs.length, sent: events.length };
  }
}
