import type { DataSource } from 'typeorm';
import { requireUser, RequestContext } from '@commerce/auth';
import { entityFromRow } from '@commerce/database';
import { badInput, conflict, forbidden, notFound, validate } from '@commerce/errors';
import { PurchaseProjection } from '../purchase/purchase-projection';
import { RatingDeltas } from '../rating/rating-aggregate';
import { applyRatingDelta } from '../rating/rating-aggregate.store';
import { SellerReviewEntity } from './seller-review.entity';
import { rateSellerRule, RateSellerInput } from './seller-review.validation';

/**
 * Buyers rate the sellers of their delivered orders: once per (order, seller), counted in the
 * seller's rating totals in the same transaction. What the order is (its buyer, sellers, whether
 * it was delivered) comes from the purchases projection fed by orders' events.
 */
export class SellerReviewService {
  constructor(private readonly dataSource: DataSource) {}

  async rate(ctx: RequestContext, raw: RateSellerInput): Promise<SellerReviewEntity> {
    const buyer = requireUser(ctx);
    const input = validate(rateSellerRule, raw);
    return this.dataSource.transaction(async (manager) => {
      const order = await PurchaseProjection.find(manager, input.orderId);
      // Someone else's order is "not found", as orders itself answers: its existence is not revealed.
      if (!order || order.buyerId !== buyer.id) throw notFound('Order');
      if (!order.sellerIds.includes(input.sellerId)) {
        throw badInput('sellerId is not a seller of this order', { field: 'sellerId' });
      }
      if (input.sellerId === buyer.id) throw forbidden('A seller cannot rate itself');
      // Delivered, and still so after a refund: a buyer who sent the goods back may say why.
      if (!order.deliveredAt) {
        throw conflict('A seller can be rated once the order is delivered', { status: order.status });
      }
      const rows: Record<string, unknown>[] = await manager.query(
        `INSERT INTO seller_reviews (id, order_id, seller_id, author_id, rating, comment)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5)
         ON CONFLICT (order_id, seller_id) DO NOTHING
         RETURNING *`,
        [input.orderId, input.sellerId, buyer.id, input.rating, input.comment],
      );
      if (rows.length === 0) throw conflict('You already rated this seller for this order');
      const review = entityFromRow(manager, SellerReviewEntity, rows[0]);
      await applyRatingDelta(manager, 'SELLER', review.sellerId, RatingDeltas.added(review.rating));
      return review;
    });
  }
}
