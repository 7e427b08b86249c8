import { DataSource, EntityManager } from 'typeorm';
import { ConsumerOptions, EventEnvelope, processOnce, readsVersion } from '@commerce/events';
import { OrderPaid, OrderPaymentFailed } from '@commerce/contracts';
import type { Logger } from '@commerce/logging';
import { CART_CONSUMER, CHECKOUT_OUTCOMES, CheckoutOutcome, checkoutOutcomeSchema } from './order.events';

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

  readonly patterns = CHECKOUT_OUTCOMES;

  /** Its subscription: the cart's durable queue, bound to the order outcomes above. */
  subscription(): ConsumerOptions {
    return { consumer: CART_CONSUMER, patterns: this.patterns, handler: (event) => this.handle(event) };
  }

  async handle(event: EventEnvelope): Promise<void> {
    if (!readsVersion(event, this.logger)) return;
    const data = checkoutOutcomeSchema.parse(event.data);
    await processOnce(this.dataSource, CART_CONSUMER, event, async (manager) => {
      if (!(await this.lockQuotedCart(manager, data))) {
        // Nothing was quoted for this order here: clearing anything would be a guess.
        this.logger.warn(
          { eventId: event.id, orderId: data.orderId },
          'order event without a matching quote',
        );
        return;
      }
      if (event.type === OrderPaid.type) await this.paid(manager, data.orderId);
      else if (event.type === OrderPaymentFailed.type) await this.failed(manager, data.orderId);
      else await this.cancelled(manager, data);
    });
  }

  /**
   * Locks the cart the order was quoted from; false when no quote of this order and buyer exists here.
   * The cart first, then (by the next statement) the quote: the order the checkout quote takes them in,
   * so the two cannot deadlock. The next statement starts after the lock is granted, so it sees every
   * change of the cart committed before.
   */
  private async lockQuotedCart(manager: EntityManager, data: CheckoutOutcome): Promise<boolean> {
    const locked: unknown[] = await manager.query(
      `SELECT c.id FROM checkout_quotes q JOIN carts c ON c.id = q.cart_id
       WHERE q.order_id = $1 AND q.buyer_id = $2
       FOR UPDATE OF c`,
      [data.orderId, data.buyerId],
    );
    return locked.length > 0;
  }

  /**
   * One statement: marks the quote PAID (its coupon use CONFIRMED), subtracts the quoted quantities from
   * the cart's lines (a line at or below them goes), drops the coupon if it is the one used, and marks
   * the cart changed. A quote already PAID matches no row, so nothing else happens.
   */
  private async paid(manager: EntityManager, orderId: string): Promise<void> {
    await manager.query(
      `WITH quote AS (
         UPDATE checkout_quotes SET status = 'PAID', updated_at = now(),
           coupon_status = CASE WHEN coupon_id IS NULL THEN NULL ELSE 'CONFIRMED' END
         WHERE order_id = $1 AND status <> 'PAID'
         RETURNING cart_id, coupon_id, lines),
       bought AS (
         SELECT quote.cart_id, line."productId" AS product_id, line.quantity
         FROM quote, jsonb_to_recordset(quote.lines) AS line("productId" text, quantity int)),
       removed AS (
         DELETE FROM cart_items i USING bought b
         WHERE i.cart_id = b.cart_id AND i.product_id = b.product_id AND i.quantity <= b.quantity),
       lowered AS (
         UPDATE cart_items i SET quantity = i.quantity - b.quantity, updated_at = now()
         FROM bought b
         WHERE i.cart_id = b.cart_id AND i.product_id = b.product_id AND i.quantity > b.quantity)
       UPDATE carts c SET version = version + 1, updated_at = now(), status = 'ACTIVE', abandoned_at = NULL,
         coupon_id = CASE WHEN c.coupon_id = quote.coupon_id THEN NULL ELSE c.coupon_id END
       FROM quote WHERE c.id = quote.cart_id`,
      [orderId],
    );
  }

  /** A paid order does not fail afterwards: only a QUOTED one releases its reservation. */
  private async failed(manager: EntityManager, orderId: string): Promise<void> {
    await manager.query(
      `UPDATE checkout_quotes SET status = 'FAILED', updated_at = now(),
         coupon_status = CASE WHEN coupon_id IS NULL THEN NULL ELSE 'RELEASED' END
       WHERE order_id = $1 AND status = 'QUOTED'`,
      [orderId],
    );
  }

  /** Releases the coupon use, even a confirmed one: a cancelled order used nothing. */
  private async cancelled(manager: EntityManager, data: CheckoutOutcome): Promise<void> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, released]: [unknown[], number] = await manager.query(
      `UPDATE checkout_quotes SET status = 'CANCELLED', updated_at = now(),
         coupon_status = CASE WHEN coupon_id IS NULL THEN NULL ELSE 'RELEASED' END
       WHERE order_id = $1 AND status <> 'CANCELLED'`,
      [data.orderId],
    );
    if (released > 0) {
      this.logger.info(
        { orderId: data.orderId, reason: data.reason },
        'order cancelled: coupon use released',
      );
    }
  }
}
