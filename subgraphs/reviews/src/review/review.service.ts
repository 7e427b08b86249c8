import type { DataSource, EntityManager } from 'typeorm';
import { hasRole, requireUser, RequestContext, Role } from '@commerce/auth';
import { entityFromRow, returningRows } from '@commerce/database';
import { badInput, conflict, forbidden, notFound, validate } from '@commerce/errors';
import type { OutboxWriter } from '@commerce/events';
import { ModerationLog } from '../moderation/moderation-log';
import type { ProductDirectory } from '../product/product-directory';
import { PurchaseProjection } from '../purchase/purchase-projection';
import { VERIFIED_PURCHASE_SQL } from '../purchase/purchase-verification';
import { RatingDeltas } from '../rating/rating-aggregate';
import { applyRatingDelta } from '../rating/rating-aggregate.store';
import { ReviewEntity } from './review.entity';
import { ReviewCreated, ReviewDeleted, ReviewUpdated } from '@commerce/contracts';
import { reviewEventData } from './review.events';
import {
  createReviewRule,
  CreateReviewInput,
  deleteReviewRule,
  DeleteReviewInput,
  updateReviewRule,
  UpdateReviewInput,
} from './review.validation';

export interface ReviewServiceDependencies {
  dataSource: DataSource;
  outbox: OutboxWriter;
  products: ProductDirectory;
}

/**
 * Writing reviews: the rules of who may write, change and delete what, each write committed with
 * its product's rating totals (one increment, never a recount) and its event (outbox).
 */
export class ReviewService {
  constructor(private readonly deps: ReviewServiceDependencies) {}

  /**
   * A signed-in buyer reviews an existing product, once (CONFLICT on a second review); a seller
   * cannot review its own product (FORBIDDEN). Verified when the buyer has a delivered order of it.
   */
  async create(ctx: RequestContext, raw: CreateReviewInput): Promise<ReviewEntity> {
    const author = requireUser(ctx);
    const input = validate(createReviewRule, raw);
    const product = await this.deps.products.findReviewable(input.productId);
    if (!product) throw notFound('Product');
    if (product.sellerId === author.id) throw forbidden('A seller cannot review its own product');
    return this.deps.outbox.transaction(this.deps.dataSource, async (manager) => {
      await PurchaseProjection.lockBuyer(manager, author.id);
      const rows: Record<string, unknown>[] = await manager.query(
        `INSERT INTO reviews (id, product_id, author_id, rating, comment, verified_purchase)
         SELECT r.id, r.product_id, r.author_id, r.rating, r.comment, ${VERIFIED_PURCHASE_SQL}
         FROM (VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3::smallint, $4::text))
           AS r(id, product_id, author_id, rating, comment)
         ON CONFLICT (author_id, product_id) DO NOTHING
         RETURNING *`,
        [input.productId, author.id, input.rating, input.comment],
      );
      if (rows.length === 0) throw conflict('You already reviewed this product; edit that review instead');
      const review = entityFromRow(manager, ReviewEntity, rows[0]);
      const delta = RatingDeltas.added(review.rating, review.verifiedPurchase);
      const totals = await applyRatingDelta(manager, 'PRODUCT', review.productId, delta);
      await this.deps.outbox.record(manager, ReviewCreated, reviewEventData(review, totals));
      return review;
    });
  }

  /** Only the author changes a review: its rating, its comment (null removes it), or both. */
  async update(ctx: RequestContext, raw: UpdateReviewInput): Promise<ReviewEntity> {
    const author = requireUser(ctx);
    const change = validate(updateReviewRule, raw);
    return this.deps.outbox.transaction(this.deps.dataSource, async (manager) => {
      const rows = await returningRows<Record<string, unknown> & { previous_rating: number }>(
        manager,
        `UPDATE reviews r SET
           rating = coalesce($3::smallint, r.rating),
           comment = CASE WHEN $4::boolean THEN $5::text ELSE r.comment END,
           updated_at = now()
         FROM (SELECT id, rating FROM reviews WHERE id = $1 AND author_id = $2 FOR UPDATE) previous
         WHERE r.id = previous.id
         RETURNING r.*, previous.rating AS previous_rating`,
        [change.id, author.id, change.rating ?? null, change.comment !== undefined, change.comment ?? null],
      );
      if (rows.length === 0) {
        const existing = await this.find(manager, change.id);
        throw existing ? forbidden('Only its author may edit a review') : notFound('Review');
      }
      const review = entityFromRow(manager, ReviewEntity, rows[0]);
      const previous = rows[0].previous_rating;
      // A comment-only edit still moves the version: consumers order every event of the product by it.
      const delta =
        previous === review.rating ? RatingDeltas.none() : RatingDeltas.changed(previous, review.rating);
      const totals = await applyRatingDelta(manager, 'PRODUCT', review.productId, delta);
      await this.deps.outbox.record(manager, ReviewUpdated, reviewEventData(review, totals));
      return review;
    });
  }

  /**
   * The author deletes its review; an ADMIN deletes anyone's, with a reason kept in the moderation
   * log (BAD_USER_INPUT without one). Anyone else: FORBIDDEN.
   */
  async delete(ctx: RequestContext, raw: DeleteReviewInput): Promise<boolean> {
    const caller = requireUser(ctx);
    const { id, reason } = validate(deleteReviewRule, raw);
    return this.deps.outbox.transaction(this.deps.dataSource, async (manager) => {
      const review = await this.find(manager, id, true);
      if (!review) throw notFound('Review');
      const moderated = review.authorId !== caller.id;
      if (moderated && !hasRole(ctx, Role.ADMIN)) {
        throw forbidden('Only its author or an admin may delete a review');
      }
      if (moderated && !reason) {
        throw badInput('reason is required when an admin deletes a review', { field: 'reason' });
      }
      await manager.query(`DELETE FROM reviews WHERE id = $1`, [review.id]);
      const delta = RatingDeltas.removed(review.rating, review.verifiedPurchase);
      const totals = await applyRatingDelta(manager, 'PRODUCT', review.productId, delta);
      if (moderated) {
        await ModerationLog.record(manager, {
          action: 'DELETE',
          reason: reason!,
          moderatorId: caller.id,
          review,
        });
      }
      await this.deps.outbox.record(manager, ReviewDeleted, reviewEventData(review, totals));
      return true;
    });
  }

  private async find(manager: EntityManager, id: string, lock = false): Promise<ReviewEntity | null> {
    return manager
      .getRepository(ReviewEntity)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }
}
