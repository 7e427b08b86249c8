import type { EntityManager } from 'typeorm';
import { entityFromRow, returningRows } from '@commerce/database';
import type { OutboxWriter } from '@commerce/events';
import { RatingDeltas } from '../rating/rating-aggregate';
import { applyRatingDelta } from '../rating/rating-aggregate.store';
import { ReviewEntity } from '../review/review.entity';
import { ReviewUpdated } from '@commerce/contracts';
import { reviewEventData } from '../review/review.events';

/**
 * SQL condition "the review's author has a delivered, not refunded, order containing its product",
 * on a `reviews` row aliased `r`. The one definition of a verified purchase.
 */
export const VERIFIED_PURCHASE_SQL = `EXISTS (
  SELECT 1 FROM purchase_items i JOIN purchases p ON p.order_id = i.order_id
  WHERE p.buyer_id = r.author_id AND i.product_id = r.product_id AND p.status = 'DELIVERED')`;

/**
 * Keeps `verifiedPurchase` of reviews true exactly while the condition above holds: run after every
 * change of a buyer's purchases, inside that change's transaction (with the buyer lock held, see
 * PurchaseProjection.lockBuyer). Each review whose mark flips counts in (or out of) its product's
 * verified total, and `review.updated` tells consumers.
 */
export class PurchaseVerification {
  constructor(private readonly outbox: OutboxWriter) {}

  /** Re-decides the mark of `buyerId`'s reviews of `productIds`; answers how many flipped. */
  async refresh(manager: EntityManager, buyerId: string, productIds: readonly string[]): Promise<number> {
    if (productIds.length === 0) return 0;
    const rows = await returningRows<Record<string, unknown>>(
      manager,
      `UPDATE reviews r SET verified_purchase = NOT r.verified_purchase
       WHERE r.author_id = $1 AND r.product_id = ANY($2::uuid[])
         AND r.verified_purchase <> ${VERIFIED_PURCHASE_SQL}
       RETURNING r.*`,
      [buyerId, productIds],
    );
    // Aggregates are locked in product order, as every other writer of several products does.
    const flipped = rows
      .map((row) => entityFromRow(manager, ReviewEntity, row))
      .sort((a, b) => (a.productId < b.productId ? -1 : 1));
    for (const review of flipped) {
      const totals = await applyRatingDelta(
        manager,
        'PRODUCT',
        review.productId,
        RatingDeltas.verification(review.verifiedPurchase),
      );
      await this.outbox.record(manager, ReviewUpdated, reviewEventData(review, totals));
    }
    return flipped.length;
  }
}
