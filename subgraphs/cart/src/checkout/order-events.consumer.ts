import { DataSource, EntityManager } from 'typeorm';
import { ConsumerOptions, EventEnvelope, processOnce, readsVersion } from '@commerce/events';
import { OrderPaid, OrderPaymentFailed } from '@commerce/contracts';
import type { Logger } from '@commerce/logging';
import { applyPaidCheckout, lockQuotedCart } from './checkout-settlement';
import { CART_CONSUMER, CHECKOUT_OUTCOMES, CheckoutOutcome, checkoutOutcomeSchema } from './order.events';

/**
 * Reacts to the end of a checkout, exactly once per event (inbox):
 * - `order.paid`: removes from the cart what was quoted for that order, drops the used coupon, confirms
 *   its use (checkout-settlement.ts; usually orders' direct call applied it already, then nothing changes);
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
      if (!(await lockQuotedCart(manager, data.orderId, data.buyerId))) {
        // Nothing was quoted for this order here: clearing anything would be a guess.
        this.logger.warn(
          { eventId: event.id, orderId: data.orderId },
          'order event without a matching quote',
        );
        return;
      }
      if (event.type === OrderPaid.type) await applyPaidCheckout(manager, data.orderId);
      else if (event.type === OrderPaymentFailed.type) await this.failed(manager, data.orderId);
      else await this.cancelled(manager, data);
    });
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
