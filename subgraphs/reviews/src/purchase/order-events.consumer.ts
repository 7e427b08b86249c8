import type { DataSource } from 'typeorm';
import { ConsumerOptions, EventEnvelope, processOnce, readsVersion } from '@commerce/events';
import type { Logger } from '@commerce/logging';
import { OrderEvents, orderEventRule, orderPaidRule, REVIEWS_ORDERS_CONSUMER } from './order.events';
import { PurchaseProjection } from './purchase-projection';
import type { PurchaseVerification } from './purchase-verification';

/**
 * Records purchases from orders' events, exactly once per event (inbox), and re-decides the
 * verified-purchase mark of the buyer's reviews of the order's products:
 * - `order.paid`: who bought which products from whom (not verified yet);
 * - `order.delivered`: the products are verified for the buyer, also for reviews written before;
 * - `order.refunded`: the mark goes, unless another delivered order of the buyer has the product.
 * A malformed payload throws, so the bus retries and finally parks it in the dead-letter queue.
 */
export class OrderEventsConsumer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verification: PurchaseVerification,
    /** Wakes the outbox relay when review.updated events were written (the inbox owns the transaction). */
    private readonly wakeRelay: () => void,
    private readonly logger: Logger,
  ) {}

  readonly consumer = REVIEWS_ORDERS_CONSUMER;
  readonly patterns = [OrderEvents.paid, OrderEvents.delivered, OrderEvents.refunded];

  /** Its subscription: the durable queue of these events in the reviews service. */
  subscription(): ConsumerOptions {
    return { consumer: this.consumer, patterns: this.patterns, handler: (event) => this.handle(event) };
  }

  async handle(event: EventEnvelope): Promise<void> {
    if (!readsVersion(event, this.logger)) return;
    const paid = event.type === OrderEvents.paid ? orderPaidRule.parse(event.data) : null;
    const order = paid ?? orderEventRule.parse(event.data);
    let flipped = 0;
    await processOnce(this.dataSource, this.consumer, event, async (manager) => {
      await PurchaseProjection.lockBuyer(manager, order.buyerId);
      if (paid) await PurchaseProjection.recordPaid(manager, paid);
      else if (event.type === OrderEvents.delivered) {
        await PurchaseProjection.recordDelivered(manager, order, new Date(event.occurredAt));
      } else await PurchaseProjection.recordRefunded(manager, order);
      const products = paid
        ? [...new Set(paid.items.map((item) => item.productId))]
        : await PurchaseProjection.productsOf(manager, order.orderId);
      flipped = await this.verification.refresh(manager, order.buyerId, products);
    });
    if (flipped > 0) {
      this.logger.info({ orderId: order.orderId, type: event.type, flipped }, 'verified purchases changed');
      this.wakeRelay();
    }
  }
}
