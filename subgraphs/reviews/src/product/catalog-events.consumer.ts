import type { DataSource } from 'typeorm';
import { ConsumerOptions, EventEnvelope, processOnce, readsVersion } from '@commerce/events';
import type { Logger } from '@commerce/logging';
import {
  CatalogEvents,
  productDeletedRule,
  productSnapshotRule,
  REVIEWS_CATALOG_CONSUMER,
} from './catalog.events';
import { ProductProjection } from './product-projection';

/**
 * Keeps the product projection current from catalog's events, once per event (inbox). A malformed
 * payload throws, so the bus retries and finally parks it in the dead-letter queue.
 */
export class CatalogEventsConsumer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
  ) {}

  readonly consumer = REVIEWS_CATALOG_CONSUMER;
  readonly patterns = [
    CatalogEvents.productCreated,
    CatalogEvents.productUpdated,
    CatalogEvents.productDeleted,
  ];

  /** Its subscription: the durable queue of these events in the reviews service. */
  subscription(): ConsumerOptions {
    return { consumer: this.consumer, patterns: this.patterns, handler: (event) => this.handle(event) };
  }

  async handle(event: EventEnvelope): Promise<void> {
    if (!readsVersion(event, this.logger)) return;
    if (event.type === CatalogEvents.productDeleted) {
      const { productId } = productDeletedRule.parse(event.data);
      await processOnce(this.dataSource, this.consumer, event, (manager) =>
        ProductProjection.markDeleted(manager, productId),
      );
      return;
    }
    const snapshot = productSnapshotRule.parse(event.data);
    await processOnce(this.dataSource, this.consumer, event, (manager) =>
      ProductProjection.record(manager, {
        productId: snapshot.productId,
        sellerId: snapshot.sellerId,
        status: snapshot.status,
        sourceUpdatedAt: new Date(snapshot.updatedAt),
      }),
    );
  }
}
