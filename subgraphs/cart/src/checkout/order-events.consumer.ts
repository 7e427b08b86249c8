import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope, processOnce } from '@commerce/events';
import type { Logger } from '@commerce/logging';
import { CheckoutQuoteEntity } from './checkout-quote.entity';
import { CART_CONSUMER, OrderEventData, orderEventDataRule, OrderEvents } from './order.events';

/**
 * Reacts to the end of a checkout, exactly once per event (inbox):
 * - `order.paid`: removes from the cart what was quoted for that order (items added since stay, a line
 *   whose quantity was raised since keeps the difference), drops the used coupon, confirms its use;
 * - `order.payment_failed`: releases the order's coupon reservation (the items were never removed);
 * - `order.cancelled`: releases the coupon use, even a confirmed one: a cancelled order used nothing.
 * A malformed payload throws, so the bus retries and finally parks it in the dead-letter queue.
 */
export class OrderEventsConsumer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
  ) {}

  readonly patterns = [OrderEvents.paid, OrderEvents.paymentFailed, OrderEvents.cancelled];

  async handle(event: EventEnvelope): Promise<void> {
    if (event.version !== 1) {
      this.logger.warn(
        { eventId: event.id, type: event.type, version: event.version },
        'unknown event version',
      );
      return;
    }
    const data = orderEventDataRule.parse(event.data);
    await processOnce(this.dataSource, CART_CONSUMER, event, async (manager) => {
      const quote = await this.lockQuote(manager, data.orderId);
      if (!quote || quote.buyerId !== data.buyerId) {
        // Nothing was quoted for this order here: clearing anything would be a guess.
        this.logger.warn(
          { eventId: event.id, orderId: data.orderId },
          'order event without a matching quote',
        );
        return;
      }
      if (event.type === OrderEvents.paid) await this.paid(manager, quote);
      else if (event.type === OrderEvents.paymentFailed) await this.failed(manager, quote);
      else await this.cancelled(manager, quote, data);
    });
  }

  /** Locks the cart, then the quote: the order the checkout quote takes them in, so the two cannot deadlock. */
  private async lockQuote(manager: EntityManager, orderId: string): Promise<CheckoutQuoteEntity | null> {
    const repo = manager.getRepository(CheckoutQuoteEntity);
    const seen = await repo.findOneBy({ orderId });
    if (!seen) return null;
    await manager.query('SELECT id FROM carts WHERE id = $1 FOR UPDATE', [seen.cartId]);
    return repo.findOne({ where: { orderId }, lock: { mode: 'pessimistic_write' } });
  }

  private async paid(manager: EntityManager, quote: CheckoutQuoteEntity): Promise<void> {
    if (quote.status === 'PAID') return;
    const productIds = quote.lines.map((line) => line.productId);
    const quantities = quote.lines.map((line) => line.quantity);
    await manager.query(
      `DELETE FROM cart_items i USING unnest($2::text[], $3::int[]) AS q(product_id, quantity)
       WHERE i.cart_id = $1 AND i.product_id = q.product_id AND i.quantity <= q.quantity`,
      [quote.cartId, productIds, quantities],
    );
    await manager.query(
      `UPDATE cart_items i SET quantity = i.quantity - q.quantity, updated_at = now()
       FROM unnest($2::text[], $3::int[]) AS q(product_id, quantity)
       WHERE i.cart_id = $1 AND i.product_id = q.product_id AND i.quantity > q.quantity`,
      [quote.cartId, productIds, quantities],
    );
    await manager.query(
      `UPDATE carts SET version = version + 1, updated_at = now(), status = 'ACTIVE', abandoned_at = NULL,
         coupon_id = CASE WHEN coupon_id = $2 THEN NULL ELSE coupon_id END
       WHERE id = $1`,
      [quote.cartId, quote.couponId],
    );
    await manager.update(
      CheckoutQuoteEntity,
      { orderId: quote.orderId },
      { status: 'PAID', couponStatus: quote.couponId ? 'CONFIRMED' : null, updatedAt: new Date() },
    );
  }

  private async failed(manager: EntityManager, quote: CheckoutQuoteEntity): Promise<void> {
    if (quote.status !== 'QUOTED') return; // a paid order does not fail afterwards; nothing to undo
    await manager.update(
      CheckoutQuoteEntity,
      { orderId: quote.orderId },
      { status: 'FAILED', couponStatus: quote.couponId ? 'RELEASED' : null, updatedAt: new Date() },
    );
  }

  private async cancelled(
    manager: EntityManager,
    quote: CheckoutQuoteEntity,
    data: OrderEventData,
  ): Promise<void> {
    if (quote.status === 'CANCELLED') return;
    this.logger.info({ orderId: data.orderId, reason: data.reason }, 'order cancelled: coupon use released');
    await manager.update(
      CheckoutQuoteEntity,
      { orderId: quote.orderId },
      { status: 'CANCELLED', couponStatus: quote.couponId ? 'RELEASED' : null, updatedAt: new Date() },
    );
  }
}
